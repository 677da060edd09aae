package cn.gongkai.server.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored items. */
@Repository
class Items {

    private static final String COLUMNS = """
            id, organ_id, index_number, status, review_step, title, kind, document_number, written_on, published_on,
            topic, body_html, created_by, created_at, return_comment, withdraw_reason""";

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM publication_item").query(Long.class).single();
    }

    void insert(Item item) {
        jdbc.sql("INSERT INTO publication_item (" + COLUMNS + ") VALUES (:id, :organ, :index, :status, :step, :title, :kind, "
                        + ":docno, :written, :published, :topic, :body, :by, :at, :ret, :wd)")
                .paramSource(params(item)).update();
    }

    void update(Item item) {
        jdbc.sql("""
                UPDATE publication_item SET index_number = :index, status = :status, review_step = :step, title = :title,
                kind = :kind, document_number = :docno, written_on = :written, published_on = :published, topic = :topic,
                body_html = :body, return_comment = :ret, withdraw_reason = :wd WHERE id = :id
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

    List<Item> published(long organId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_item WHERE organ_id = :o AND status = 'PUBLISHED' "
                + "ORDER BY published_on DESC, id DESC").param("o", organId).query(Items::map).list();
    }

    Optional<Item> publishedByIndexNumber(String indexNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication_item WHERE index_number = :i AND status = 'PUBLISHED'")
                .param("i", indexNumber).query(Items::map).optional();
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
                rs.getString("withdraw_reason"));
    }
}
