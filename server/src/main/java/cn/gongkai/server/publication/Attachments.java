package cn.gongkai.server.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import cn.gongkai.server.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachments of items. */
@Repository
class Attachments {

    private static final String COLUMNS = "id, item_id, file_name, media_type, size_bytes, sha256, alt_text, caption, since_version";

    private final JdbcClient jdbc;
    private final Ids ids;

    Attachments(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    Attachment add(long itemId, String fileName, String mediaType, long size, String sha, String by, OffsetDateTime at,
            @org.jspecify.annotations.Nullable String text, @org.jspecify.annotations.Nullable String alt, int sinceVersion) {
        long id = ids.next("attachment");
        jdbc.sql("""
                INSERT INTO attachment (id, item_id, file_name, media_type, size_bytes, sha256, added_by, added_at, text_content,
                                        alt_text, since_version)
                VALUES (:id, :item, :name, :type, :size, :sha, :by, :at, :text, :alt, :since)
                """).param("text", text).param("alt", alt).param("since", sinceVersion).param("id", id).param("item", itemId).param("name", fileName).param("type", mediaType)
                .param("size", size).param("sha", sha).param("by", by).param("at", at).update();
        return new Attachment(id, itemId, fileName, mediaType, size, sha, alt, null, sinceVersion);
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM attachment WHERE id = :id").param("id", id).update();
    }

    void describe(long id, @org.jspecify.annotations.Nullable String alt, @org.jspecify.annotations.Nullable String caption) {
        jdbc.sql("UPDATE attachment SET alt_text = :alt, caption = :caption WHERE id = :id").param("alt", alt)
                .param("caption", caption).param("id", id).update();
    }

    /** The attachments of a published version: those added up to that version, not a correction's new ones. */
    List<Attachment> ofVersion(long itemId, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE item_id = :i AND since_version <= :v ORDER BY id")
                .param("i", itemId).param("v", version).query(Attachments::map).list();
    }

    List<Attachment> of(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE item_id = :i ORDER BY id")
                .param("i", itemId).query(Attachments::map).list();
    }

    /** The text of the item's attachments that had any, one after another. */
    String textOf(long itemId, int version) {
        return String.join("\n", jdbc.sql("SELECT text_content FROM attachment WHERE item_id = :i AND since_version <= :v "
                + "AND text_content IS NOT NULL ORDER BY id").param("i", itemId).param("v", version).query(String.class).list());
    }

    /** Every attachment, for checking links in bulk (one row per file, no bytes). */
    List<Attachment> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment").query(Attachments::map)
                .list();
    }

    Optional<Attachment> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE id = :id")
                .param("id", id).query(Attachments::map).optional();
    }

    private static Attachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256").strip(), rs.getString("alt_text"),
                rs.getString("caption"), rs.getInt("since_version"));
    }
}
