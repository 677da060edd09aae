package cn.gongkai.server.annualreport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored report inputs per organ and year. */
@Repository
class ReportDrafts {

    private final JdbcClient jdbc;

    ReportDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportInputs> of(long organId, int year) {
        return jdbc.sql("SELECT * FROM annual_report_draft WHERE organ_id = :o AND report_year = :y").param("o", organId)
                .param("y", year).query(ReportDrafts::map).optional();
    }

    /** Who last saved the inputs of the year (a drafter of the version submitted from them). */
    Optional<String> lastEditor(long organId, int year) {
        return jdbc.sql("SELECT updated_by FROM annual_report_draft WHERE organ_id = :o AND report_year = :y")
                .param("o", organId).param("y", year).query(String.class).optional();
    }

    void save(long organId, int year, ReportInputs in, String by, OffsetDateTime at) {
        jdbc.sql("DELETE FROM annual_report_draft WHERE organ_id = :o AND report_year = :y").param("o", organId)
                .param("y", year).update();
        jdbc.sql("""
                INSERT INTO annual_report_draft (organ_id, report_year, rules_issued, rules_repealed, rules_in_force,
                    licensing, penalty, coercive_measure, fees_wan_yuan, overview, problems, other_matters, updated_by,
                    updated_at)
                VALUES (:o, :y, :ri, :rr, :rf, :l, :p, :c, :fee, :ov, :pr, :ot, :by, :at)""")
                .param("o", organId).param("y", year).param("ri", in.rulesIssued()).param("rr", in.rulesRepealed())
                .param("rf", in.rulesInForce()).param("l", in.licensing()).param("p", in.penalty())
                .param("c", in.coerciveMeasure()).param("fee", in.feesWanYuan()).param("ov", in.overview())
                .param("pr", in.problems()).param("ot", in.otherMatters()).param("by", by).param("at", at).update();
    }

    private static ReportInputs map(ResultSet rs, int n) throws SQLException {
        return new ReportInputs(longOrNull(rs, "rules_issued"), longOrNull(rs, "rules_repealed"),
                longOrNull(rs, "rules_in_force"), longOrNull(rs, "licensing"), longOrNull(rs, "penalty"),
                longOrNull(rs, "coercive_measure"), asWritten(rs.getObject("fees_wan_yuan", BigDecimal.class)),
                rs.getString("overview"), rs.getString("problems"), rs.getString("other_matters"));
    }

    /** The column keeps four decimals; the report shows the amount as written (0.35, not 0.3500; 100, not 1E+2). */
    private static BigDecimal asWritten(BigDecimal stored) {
        return stored == null ? null : new BigDecimal(stored.stripTrailingZeros().toPlainString());
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
