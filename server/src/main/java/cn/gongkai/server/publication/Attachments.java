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

    private final JdbcClient jdbc;
    private final Ids ids;

    Attachments(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    Attachment add(long itemId, String fileName, String mediaType, long size, String sha, String by, OffsetDateTime at,
            @org.jspecify.annotations.Nullable String text) {
        long id = ids.next("attachment");
        jdbc.sql("""
                INSERT INTO attachment (id, item_id, file_name, media_type, size_bytes, sha256, added_by, added_at, text_content)
                VALUES (:id, :item, :name, :type, :size, :sha, :by, :at, :text)
                """).param("text", text).param("id", id).param("item", itemId).param("name", fileName).param("type", mediaType)
                .param("size", size).param("sha", sha).param("by", by).param("at", at).update();
        return new Attachment(id, itemId, fileName, mediaType, size, sha);
    }

    List<Attachment> of(long itemId) {
        return jdbc.sql("SELECT id, item_id, file_name, media_type, size_bytes, sha256 FROM attachment WHERE item_id = :i ORDER BY id")
                .param("i", itemId).query(Attachments::map).list();
    }

    /** The text of the item's attachments that had any, one after another. */
    String textOf(long itemId) {
        return String.join("\n", jdbc.sql("SELECT text_content FROM attachment WHERE item_id = :i AND text_content IS NOT NULL ORDER BY id")
                .param("i", itemId).query(String.class).list());
    }

    /** Every attachment, for checking links in bulk (one row per file, no bytes). */
    List<Attachment> all() {
        return jdbc.sql("SELECT id, item_id, file_name, media_type, size_bytes, sha256 FROM attachment").query(Attachments::map)
                .list();
    }

    Optional<Attachment> byId(long id) {
        return jdbc.sql("SELECT id, item_id, file_name, media_type, size_bytes, sha256 FROM attachment WHERE id = :id")
                .param("id", id).query(Attachments::map).optional();
    }

    private static Attachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256").strip());
    }
}
