package cn.gongkai.server.assessment;

import cn.gongkai.server.organs.Organ;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued months: the figures and scores as they were announced. */
@Repository
class AssessmentResults {

    private final JdbcClient jdbc;

    AssessmentResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    java.util.Optional<Issued> issue(YearMonth month) {
        return jdbc.sql("SELECT issued_on, issued_by FROM assessment_result WHERE month_start = :m FETCH FIRST 1 ROWS ONLY")
                .param("m", month.atDay(1))
                .query((rs, n) -> new Issued(rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"))).optional();
    }

    void insert(YearMonth month, List<AssessmentRow> rows, LocalDate on, String by) {
        for (AssessmentRow r : rows) {
            OrganMonth f = r.figures();
            jdbc.sql("""
                    INSERT INTO assessment_result (month_start, organ_id, items_published, items_by_kind, statutory_due,
                        statutory_on_time, requests_closed, requests_on_time, requests_overdue, feedback_due, feedback_on_time,
                        broken_links, broken_link_list, guide_age_days, late_findings, points, score, rank_position, issued_on,
                        issued_by)
                    VALUES (:m, :o, :ip, :ik, :sd, :so, :rc, :ro, :rv, :fd, :fo, :bl, :bll, :ga, :lf, :p, :s, :r, :on, :by)""")
                    .param("m", month.atDay(1)).param("o", r.organ().id()).param("ip", f.itemsPublished())
                    .param("ik", f.itemsByKind()).param("sd", f.statutoryDue()).param("so", f.statutoryOnTime())
                    .param("rc", f.requestsClosed()).param("ro", f.requestsOnTime()).param("rv", f.requestsOverdue())
                    .param("fd", f.feedbackDue()).param("fo", f.feedbackOnTime()).param("bl", f.brokenLinkCount())
                    .param("bll", String.join("\n", f.brokenLinks())).param("ga", f.guideAgeDays(), java.sql.Types.INTEGER)
                    .param("lf", f.lateFindings())
                    .param("p", r.points().values().stream().map(String::valueOf).collect(Collectors.joining(";")))
                    .param("s", BigDecimal.valueOf(r.score())).param("r", r.rank()).param("on", on).param("by", by).update();
        }
    }

    /** A month's rows in rank order; an organ that no longer exists is left out. */
    List<AssessmentRow> rows(YearMonth month, Map<Long, Organ> organs) {
        return jdbc.sql("SELECT * FROM assessment_result WHERE month_start = :m ORDER BY rank_position, organ_id")
                .param("m", month.atDay(1)).query((rs, n) -> {
                    String list = rs.getString("broken_link_list");
                    OrganMonth f = new OrganMonth(rs.getInt("items_published"), rs.getString("items_by_kind"),
                            rs.getInt("statutory_due"), rs.getInt("statutory_on_time"), rs.getInt("requests_closed"),
                            rs.getInt("requests_on_time"), rs.getInt("requests_overdue"), rs.getInt("feedback_due"),
                            rs.getInt("feedback_on_time"), (Integer) rs.getObject("guide_age_days"),
                            rs.getInt("late_findings"), list == null || list.isEmpty() ? List.of() : List.of(list.split("\n")));
                    Map<Criterion, Double> points = new EnumMap<>(Criterion.class);
                    double[] values = Arrays.stream(rs.getString("points").split(";")).mapToDouble(Double::parseDouble).toArray();
                    for (Criterion c : Criterion.values()) {
                        points.put(c, c.ordinal() < values.length ? values[c.ordinal()] : 0);
                    }
                    double score = rs.getBigDecimal("score").doubleValue();
                    int rank = rs.getInt("rank_position");
                    return java.util.Optional.ofNullable(organs.get(rs.getLong("organ_id")))
                            .map(o -> new AssessmentRow(o, f, points, score, rank));
                }).list().stream().flatMap(java.util.Optional::stream).toList();
    }

    /** An organ's issued months of a year: how many, the mean score, the best rank (0 when none). */
    double[] year(long organId, int year) {
        return jdbc.sql("""
                SELECT count(*) AS n, COALESCE(avg(score), 0) AS mean, COALESCE(min(rank_position), 0) AS best
                FROM assessment_result WHERE organ_id = :o AND month_start >= :a AND month_start <= :b""").param("o", organId)
                .param("a", LocalDate.of(year, 1, 1)).param("b", LocalDate.of(year, 12, 1))
                .query((rs, n) -> new double[] {rs.getLong("n"), rs.getDouble("mean"), rs.getInt("best")}).single();
    }

    /** Issued scores of the months from {@code from} to {@code to}: organ id → month → score. */
    Map<Long, Map<YearMonth, Double>> scores(YearMonth from, YearMonth to) {
        Map<Long, Map<YearMonth, Double>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT organ_id, month_start, score FROM assessment_result WHERE month_start >= :a AND month_start <= :b
                ORDER BY organ_id, month_start""").param("a", from.atDay(1)).param("b", to.atDay(1)).query((rs, n) -> {
                    out.computeIfAbsent(rs.getLong("organ_id"), k -> new LinkedHashMap<>())
                            .put(YearMonth.from(rs.getObject("month_start", LocalDate.class)), rs.getBigDecimal("score").doubleValue());
                    return null;
                }).list();
        return out;
    }
}
