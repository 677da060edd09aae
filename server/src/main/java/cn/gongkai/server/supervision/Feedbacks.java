package cn.gongkai.server.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import cn.gongkai.server.shared.Ids;
import cn.gongkai.server.shared.Numbering;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored complaints and suggestions. */
@Repository
class Feedbacks {

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Numbering numbering;

    Feedbacks(JdbcClient jdbc, Ids ids, Numbering numbering) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.numbering = numbering;
    }

    long nextId() {
        return ids.next("feedback");
    }

    /** The sequence part of the next 投诉建议编号: locked per-organ, per-year counter, gapless. */
    long nextNumber(long organId, int year) {
        return numbering.next("feedback-number", organId, year);
    }

    void insert(Feedback f) {
        jdbc.sql("""
                INSERT INTO feedback (id, organ_id, feedback_number, code_hash, kind, content, contact_enc, may_publish,
                    received_on, due_on, assignee, reply, replied_on, replied_by, published)
                VALUES (:id, :o, :n, :h, :k, :c, :contact, :may, :rec, :due, NULL, NULL, NULL, NULL, FALSE)""")
                .param("id", f.id()).param("o", f.organId()).param("n", f.number()).param("h", f.codeHash())
                .param("k", f.kind().name()).param("c", f.content()).param("contact", f.contactEnc())
                .param("may", f.mayPublish()).param("rec", f.receivedOn()).param("due", f.dueOn()).update();
    }

    void assign(long id, String assignee) {
        jdbc.sql("UPDATE feedback SET assignee = :a WHERE id = :id").param("a", assignee).param("id", id).update();
    }

    void reply(long id, String reply, LocalDate on, String by, boolean published) {
        jdbc.sql("UPDATE feedback SET reply = :r, replied_on = :on, replied_by = :by, published = :p WHERE id = :id")
                .param("r", reply).param("on", on).param("by", by).param("p", published).param("id", id).update();
    }

    Optional<Feedback> byId(long id) {
        return jdbc.sql("SELECT * FROM feedback WHERE id = :id").param("id", id).query(Feedbacks::map).optional();
    }

    Optional<Feedback> byNumber(String number) {
        return jdbc.sql("SELECT * FROM feedback WHERE feedback_number = :n").param("n", number).query(Feedbacks::map)
                .optional();
    }

    List<Feedback> forOrgan(long organId) {
        return jdbc.sql("SELECT * FROM feedback WHERE organ_id = :o ORDER BY received_on DESC, id DESC").param("o", organId)
                .query(Feedbacks::map).list();
    }

    List<Feedback> publishedFor(long organId) {
        return jdbc.sql("SELECT * FROM feedback WHERE organ_id = :o AND published = TRUE ORDER BY replied_on DESC, id DESC")
                .param("o", organId).query(Feedbacks::map).list();
    }

    private static Feedback map(ResultSet rs, int n) throws SQLException {
        return new Feedback(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("feedback_number"),
                rs.getString("code_hash").strip(), Feedback.Kind.valueOf(rs.getString("kind")), rs.getString("content"),
                rs.getString("contact_enc"), rs.getBoolean("may_publish"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("assignee"), rs.getString("reply"),
                rs.getObject("replied_on", LocalDate.class), rs.getString("replied_by"), rs.getBoolean("published"));
    }
}
