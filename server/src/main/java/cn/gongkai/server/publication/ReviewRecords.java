package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review decisions of items, in order. */
@Repository
class ReviewRecords {

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long itemId, int step, Role role, String reviewer, String decision, @Nullable String comment,
            @Nullable String confidentiality, OffsetDateTime at) {
        // Locks the item first: two decisions on one item at once take turns instead of both computing the same seq.
        jdbc.sql("SELECT id FROM publication_item WHERE id = :i FOR UPDATE").param("i", itemId).query(Long.class).single();
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM review_record WHERE item_id = :i").param("i", itemId)
                .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO review_record (item_id, seq, step, role, reviewer, decision, comment_text, confidentiality, decided_at)
                VALUES (:i, :seq, :step, :role, :reviewer, :decision, :comment, :conf, :at)
                """).param("i", itemId).param("seq", seq).param("step", step).param("role", role.name())
                .param("reviewer", reviewer).param("decision", decision).param("comment", comment)
                .param("conf", confidentiality).param("at", at).update();
    }

    List<ReviewRecord> of(long itemId) {
        return jdbc.sql("""
                SELECT step, role, reviewer, decision, comment_text, confidentiality, decided_at
                FROM review_record WHERE item_id = :i ORDER BY seq
                """).param("i", itemId)
                .query((rs, n) -> new ReviewRecord(rs.getInt("step"), Role.valueOf(rs.getString("role")),
                        rs.getString("reviewer"), rs.getString("decision"), rs.getString("comment_text"),
                        rs.getString("confidentiality"), rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }
}
