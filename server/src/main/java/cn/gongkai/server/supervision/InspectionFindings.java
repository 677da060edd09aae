package cn.gongkai.server.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import cn.gongkai.server.shared.Ids;
import cn.gongkai.server.shared.Numbering;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored inspection findings (the 整改台账). */
@Repository
class InspectionFindings {

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Numbering numbering;

    InspectionFindings(JdbcClient jdbc, Ids ids, Numbering numbering) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.numbering = numbering;
    }

    long nextId() {
        return ids.next("inspection_finding");
    }

    /** The sequence part of the next 检查问题编号 (county-wide, per year): locked counter, gapless. */
    long nextNumber(int year) {
        return numbering.next("inspection-number", Numbering.COUNTY_WIDE, year);
    }

    void insert(InspectionFinding f) {
        jdbc.sql("""
                INSERT INTO inspection_finding (id, organ_id, finding_number, inspected_on, category, description, location,
                    rectify_by, recorded_by, status)
                VALUES (:id, :o, :n, :on, :c, :d, :l, :by, :rec, :s)""")
                .param("id", f.id()).param("o", f.organId()).param("n", f.number()).param("on", f.inspectedOn())
                .param("c", f.category().name()).param("d", f.description()).param("l", f.location())
                .param("by", f.rectifyBy()).param("rec", f.recordedBy()).param("s", f.status().name()).update();
    }

    void rectify(long id, String text, LocalDate on, String by) {
        jdbc.sql("""
                UPDATE inspection_finding SET status = 'RECTIFIED', rectification = :t, rectified_on = :on, rectified_by = :by
                WHERE id = :id""").param("t", text).param("on", on).param("by", by).param("id", id).update();
    }

    void confirm(long id, LocalDate on, String by) {
        jdbc.sql("UPDATE inspection_finding SET status = 'CONFIRMED', confirmed_on = :on, confirmed_by = :by WHERE id = :id")
                .param("on", on).param("by", by).param("id", id).update();
    }

    /** Back to the organ: the rectification stays on record in the ledger, the comment says what is missing. */
    void reopen(long id, String comment) {
        jdbc.sql("""
                UPDATE inspection_finding SET status = 'OPEN', review_comment = :c, rectification = NULL, rectified_on = NULL,
                    rectified_by = NULL WHERE id = :id""").param("c", comment).param("id", id).update();
    }

    Optional<InspectionFinding> byId(long id) {
        return jdbc.sql("SELECT * FROM inspection_finding WHERE id = :id").param("id", id).query(InspectionFindings::map)
                .optional();
    }

    /** All findings, or one organ's, newest first. */
    List<InspectionFinding> list(@Nullable Long organId) {
        if (organId == null) {
            return jdbc.sql("SELECT * FROM inspection_finding ORDER BY inspected_on DESC, id DESC").query(InspectionFindings::map)
                    .list();
        }
        return jdbc.sql("SELECT * FROM inspection_finding WHERE organ_id = :o ORDER BY inspected_on DESC, id DESC")
                .param("o", organId).query(InspectionFindings::map).list();
    }

    private static InspectionFinding map(ResultSet rs, int n) throws SQLException {
        return new InspectionFinding(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("finding_number"),
                rs.getObject("inspected_on", LocalDate.class), InspectionFinding.Category.valueOf(rs.getString("category")),
                rs.getString("description"), rs.getString("location"), rs.getObject("rectify_by", LocalDate.class),
                rs.getString("recorded_by"), InspectionFinding.Status.valueOf(rs.getString("status")),
                rs.getString("rectification"), rs.getObject("rectified_on", LocalDate.class), rs.getString("rectified_by"),
                rs.getString("review_comment"), rs.getObject("confirmed_on", LocalDate.class), rs.getString("confirmed_by"));
    }
}
