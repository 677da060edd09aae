package cn.gongkai.server.annualreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import cn.gongkai.server.shared.Ids;
import cn.gongkai.server.shared.Numbering;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored report versions. */
@Repository
class ReportVersions {

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Numbering numbering;

    ReportVersions(JdbcClient jdbc, Ids ids, Numbering numbering) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.numbering = numbering;
    }

    ReportVersion add(long organId, int year, String json, String by, OffsetDateTime at) {
        long id = ids.next("annual_report_version");
        // Versions count per organ and year on the shared locked counter: two submissions at once get 1 and 2.
        long version = numbering.next("report-version", organId, year);
        jdbc.sql("""
                INSERT INTO annual_report_version (id, organ_id, report_year, version, status, review_step, report_json,
                    published_on, submitted_by, submitted_at)
                VALUES (:id, :o, :y, :v, 'IN_REVIEW', 1, :json, NULL, :by, :at)""").param("id", id).param("o", organId)
                .param("y", year).param("v", version).param("json", json).param("by", by).param("at", at).update();
        return byId(id).orElseThrow();
    }

    /** A report published before the platform, entering the review chain with its own publication date. */
    ReportVersion addImported(long organId, int year, String json, @Nullable LocalDate publishedOn, String by,
            OffsetDateTime at) {
        ReportVersion v = add(organId, year, json, by, at);
        jdbc.sql("UPDATE annual_report_version SET imported = TRUE, published_on = :p WHERE id = :id")
                .param("p", publishedOn).param("id", v.id()).update();
        return byId(v.id()).orElseThrow();
    }

    void update(long id, ReportVersion.Status status, int step, String json, @Nullable LocalDate publishedOn) {
        jdbc.sql("UPDATE annual_report_version SET status = :s, review_step = :st, report_json = :j, published_on = :p WHERE id = :id")
                .param("s", status.name()).param("st", step).param("j", json).param("p", publishedOn).param("id", id)
                .update();
    }

    void supersedePublished(long organId, int year, long except) {
        jdbc.sql("UPDATE annual_report_version SET status = 'SUPERSEDED' WHERE organ_id = :o AND report_year = :y AND status = 'PUBLISHED' AND id <> :id")
                .param("o", organId).param("y", year).param("id", except).update();
    }

    Optional<ReportVersion> byId(long id) {
        return jdbc.sql("SELECT * FROM annual_report_version WHERE id = :id").param("id", id).query(ReportVersions::map)
                .optional();
    }

    Optional<ReportVersion> inReview(long organId, int year) {
        return jdbc.sql("SELECT * FROM annual_report_version WHERE organ_id = :o AND report_year = :y AND status = 'IN_REVIEW'")
                .param("o", organId).param("y", year).query(ReportVersions::map).optional();
    }

    Optional<ReportVersion> published(long organId, int year) {
        return jdbc.sql("SELECT * FROM annual_report_version WHERE organ_id = :o AND report_year = :y AND status IN ('PUBLISHED', 'IMPORTED')")
                .param("o", organId).param("y", year).query(ReportVersions::map).optional();
    }

    List<ReportVersion> publishedOf(long organId) {
        return jdbc.sql("SELECT * FROM annual_report_version WHERE organ_id = :o AND status IN ('PUBLISHED', 'IMPORTED') ORDER BY report_year DESC")
                .param("o", organId).query(ReportVersions::map).list();
    }

    List<ReportVersion> versions(long organId, int year) {
        return jdbc.sql("SELECT * FROM annual_report_version WHERE organ_id = :o AND report_year = :y ORDER BY version DESC")
                .param("o", organId).param("y", year).query(ReportVersions::map).list();
    }

    private static ReportVersion map(ResultSet rs, int n) throws SQLException {
        return new ReportVersion(rs.getLong("id"), rs.getLong("organ_id"), rs.getInt("report_year"), rs.getInt("version"),
                ReportVersion.Status.valueOf(rs.getString("status")), rs.getInt("review_step"), rs.getString("report_json"),
                rs.getObject("published_on", LocalDate.class), rs.getString("submitted_by"), rs.getBoolean("imported"));
    }
}
