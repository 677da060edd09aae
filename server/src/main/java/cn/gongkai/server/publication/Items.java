package cn.gongkai.server.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import cn.gongkai.server.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored items. */
@Repository
class Items {

    private static final String COLUMNS = """
            id, organ_id, index_number, status, review_step, title, kind, document_number, written_on, published_on,
            topic, body_html, created_by, created_at, return_comment, withdraw_reason, released_version, correction_note,
            override_reason, publish_at""";

    private final JdbcClient jdbc;
    private final Ids ids;

    Items(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    long nextId() {
        return ids.next("publication_item");
    }

    void insert(Item item) {
        jdbc.sql("INSERT INTO publication_item (" + COLUMNS + ") VALUES (:id, :organ, :index, :status, :step, :title, :kind, "
                        + ":docno, :written, :published, :topic, :body, :by, :at, :ret, :wd, :released, :note, :override, :publishAt)")
                .paramSource(params(item)).update();
    }

    void update(Item item) {
        jdbc.sql("""
                UPDATE publication_item SET index_number = :index, status = :status, review_step = :step, title = :title,
                kind = :kind, document_number = :docno, written_on = :written, published_on = :published, topic = :topic,
                body_html = :body, return_comment = :ret, withdraw_reason = :wd, released_version = :released,
                correction_note = :note, override_reason = :override, publish_at = :publishAt WHERE id = :id
                """).paramSource(params(item)).update();
    }

    Optional<Item> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_item WHERE id = :id").param("id", id).query(Items::map)
                .optional();
    }

    List<Item> forOrgan(long organId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_item WHERE organ_id = :o ORDER BY id DESC")
                .param("o", organId).query(Items::map).list();
    }

    /** Stores the item's current content as its newest release (called when a version is published). */
    void release(Item item, LocalDate publishedOn) {
        ItemContent c = item.content();
        jdbc.sql("""
                INSERT INTO item_release (item_id, version, title, kind, document_number, written_on, topic, body_html,
                                          published_on, correction_note)
                VALUES (:id, :v, :title, :kind, :docno, :written, :topic, :body, :published, :note)
                """).param("note", item.releasedVersion() > 1 ? item.correctionNote() : null).param("id", item.id()).param("v", item.releasedVersion()).param("title", c.title())
                .param("kind", c.kind().name()).param("docno", c.documentNumber()).param("written", c.writtenOn())
                .param("topic", c.topic()).param("body", c.bodyHtml()).param("published", publishedOn).update();
    }

    private static final String RELEASE = """
            SELECT r.item_id, i.organ_id, r.version, i.index_number, r.title, r.kind, r.document_number, r.written_on, r.topic,
                   r.body_html, r.published_on, i.published_on AS first_published_on, r.correction_note
            FROM item_release r JOIN publication_item i ON i.id = r.item_id
            WHERE r.version = i.released_version AND i.status <> 'WITHDRAWN'""";

    /** Every release of an item, not only the current one (the 历史版本 of a corrected item). */
    private static final String ANY_RELEASE = """
            SELECT r.item_id, i.organ_id, r.version, i.index_number, r.title, r.kind, r.document_number, r.written_on, r.topic,
                   r.body_html, r.published_on, i.published_on AS first_published_on, r.correction_note
            FROM item_release r JOIN publication_item i ON i.id = r.item_id
            WHERE i.status <> 'WITHDRAWN' AND i.released_version > 0""";

    /** The releases of a published item, newest first (empty when withdrawn or never published). */
    List<Release> versions(long itemId) {
        return jdbc.sql(ANY_RELEASE + " AND i.id = :id ORDER BY r.version DESC").param("id", itemId).query(Items::release)
                .list();
    }

    /** Items approved for a time that has come (定时发布), oldest first, a few at a time. */
    List<Long> scheduledDue(OffsetDateTime now, int limit) {
        return jdbc.sql("SELECT id FROM publication_item WHERE status = 'SCHEDULED' AND publish_at <= :now "
                + "ORDER BY publish_at, id LIMIT :limit").param("now", now).param("limit", limit).query(Long.class).list();
    }

    /**
     * Claims a scheduled item for publication inside the caller's transaction: the conditional update
     * locks the row and matches only while it is still scheduled and due, so of two instances (or two
     * runs) the second waits for the first and then matches nothing: never published twice, lock or not.
     */
    boolean claimScheduled(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE publication_item SET status = 'SCHEDULED' WHERE id = :id AND status = 'SCHEDULED' "
                + "AND publish_at <= :now").param("id", id).param("now", now).update() == 1;
    }

    /** The latest releases of an organ's items that are not withdrawn: what the portal lists. */
    List<Release> published(long organId) {
        return published(organId, new PortalQuery(null, null, null, 1), Integer.MAX_VALUE);
    }

    /** One page of an organ's releases matching the query's filters, newest first. */
    List<Release> published(long organId, PortalQuery q, int limit) {
        return jdbc.sql(RELEASE + filters(q) + " ORDER BY i.published_on DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .params(filterParams(organId, q)).param("limit", limit).param("offset", q.offset())
                .query(Items::release).list();
    }

    long countPublished(long organId, PortalQuery q) {
        return jdbc.sql("SELECT count(*) FROM (" + RELEASE + filters(q) + ") t").params(filterParams(organId, q))
                .query(Long.class).single();
    }

    private static String filters(PortalQuery q) {
        return " AND i.organ_id = :o" + (q.kind() == null ? "" : " AND r.kind = :kind")
                + (q.year() == null ? "" : " AND i.published_on >= :from AND i.published_on < :to")
                + (q.topic() == null ? "" : " AND r.topic = :topic");
    }

    private static java.util.Map<String, Object> filterParams(long organId, PortalQuery q) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("o", organId);
        if (q.kind() != null) {
            p.put("kind", q.kind().name());
        }
        if (q.year() != null) {
            p.put("from", LocalDate.of(q.year(), 1, 1));
            p.put("to", LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.topic() != null) {
            p.put("topic", q.topic());
        }
        return p;
    }

    Optional<Release> publishedByIndexNumber(String indexNumber) {
        return jdbc.sql(RELEASE + " AND i.index_number = :n").param("n", indexNumber).query(Items::release).optional();
    }

    /** The item's current release, if it is published and not withdrawn. */
    Optional<Release> currentRelease(long itemId) {
        return jdbc.sql(RELEASE + " AND i.id = :id").param("id", itemId).query(Items::release).optional();
    }

    /** Current releases of all organs in item order, a batch at a time (keyset paging, for index rebuilds). */
    List<Release> releasesAfter(long afterItemId, int limit) {
        return jdbc.sql(RELEASE + " AND i.id > :after ORDER BY i.id LIMIT :limit").param("after", afterItemId)
                .param("limit", limit).query(Items::release).list();
    }

    /** Where each item on the portal lives: index number → (organ, item), for checking links in bulk. */
    java.util.Map<String, long[]> publishedIndex() {
        java.util.Map<String, long[]> index = new java.util.HashMap<>();
        jdbc.sql("SELECT index_number, organ_id, id FROM publication_item WHERE released_version > 0 AND status <> 'WITHDRAWN'")
                .query((rs, n) -> index.put(rs.getString("index_number"), new long[] {rs.getLong("organ_id"), rs.getLong("id")}))
                .list();
        return index;
    }

    /** The newest releases of all organs (the portal home's 最新信息). */
    List<Release> newest(int limit) {
        return jdbc.sql(RELEASE + " ORDER BY i.published_on DESC, i.id DESC LIMIT :limit").param("limit", limit)
                .query(Items::release).list();
    }

    /** An organ's published items by 主题分类 (most first; unclassified left out), for the 信息公开目录. */
    java.util.Map<String, Long> countsByTopic(long organId) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT r.topic, count(*) AS n FROM (" + RELEASE + " AND i.organ_id = :o) r WHERE r.topic IS NOT NULL "
                + "GROUP BY r.topic ORDER BY n DESC, r.topic").param("o", organId)
                .query((rs, n) -> counts.put(rs.getString("topic"), rs.getLong("n"))).list();
        return counts;
    }

    /** An organ's published items by 类别, in the kinds' order. */
    java.util.Map<ItemKind, Long> countsByKind(long organId) {
        java.util.Map<ItemKind, Long> counts = new java.util.EnumMap<>(ItemKind.class);
        jdbc.sql("SELECT r.kind, count(*) AS n FROM (" + RELEASE + " AND i.organ_id = :o) r GROUP BY r.kind").param("o", organId)
                .query((rs, n) -> counts.put(ItemKind.valueOf(rs.getString("kind")), rs.getLong("n"))).list();
        return counts;
    }

    /** Published items per organ (the home's directory counts), organ id → count. */
    java.util.Map<Long, Long> countsByOrgan() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT organ_id, count(*) AS n FROM publication_item WHERE released_version > 0 AND status <> 'WITHDRAWN' "
                + "GROUP BY organ_id").query((rs, n) -> counts.put(rs.getLong("organ_id"), rs.getLong("n"))).list();
        return counts;
    }

    long countAllPublished() {
        return jdbc.sql("SELECT count(*) FROM (" + RELEASE + ") t").query(Long.class).single();
    }

    int releaseCount(long itemId) {
        return jdbc.sql("SELECT count(*) FROM item_release WHERE item_id = :id").param("id", itemId).query(Integer.class)
                .single();
    }

    private static Release release(ResultSet rs, int n) throws SQLException {
        ItemContent content = new ItemContent(rs.getString("title"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("document_number"), rs.getObject("written_on", LocalDate.class), rs.getString("topic"),
                rs.getString("body_html"));
        return new Release(rs.getLong("item_id"), rs.getLong("organ_id"), rs.getInt("version"), rs.getString("index_number"),
                content,
                rs.getObject("first_published_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getString("correction_note"));
    }

    private static java.util.Map<String, Object> params(Item i) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", i.id());
        p.put("organ", i.organId());
        p.put("index", i.indexNumber());
        p.put("status", i.status().name());
        p.put("step", i.reviewStep());
        p.put("title", i.content().title());
        p.put("kind", i.content().kind().name());
        p.put("docno", i.content().documentNumber());
        p.put("written", i.content().writtenOn());
        p.put("published", i.publishedOn());
        p.put("topic", i.content().topic());
        p.put("body", i.content().bodyHtml());
        p.put("by", i.createdBy());
        p.put("at", i.createdAt());
        p.put("ret", i.returnComment());
        p.put("wd", i.withdrawReason());
        p.put("released", i.releasedVersion());
        p.put("note", i.correctionNote());
        p.put("override", i.overrideReason());
        p.put("publishAt", i.publishAt());
        return p;
    }

    private static Item map(ResultSet rs, int n) throws SQLException {
        ItemContent content = new ItemContent(rs.getString("title"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("document_number"), rs.getObject("written_on", LocalDate.class), rs.getString("topic"),
                rs.getString("body_html"));
        return new Item(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("index_number"),
                ItemStatus.valueOf(rs.getString("status")), rs.getInt("review_step"), content,
                rs.getObject("published_on", LocalDate.class), rs.getString("return_comment"),
                rs.getString("withdraw_reason"), rs.getInt("released_version")).withExtras(rs.getString("correction_note"),
                rs.getString("override_reason"), rs.getObject("publish_at", OffsetDateTime.class));
    }
}
