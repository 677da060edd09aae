package cn.gongkai.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.report.model.OrganKind;
import cn.gongkai.server.organs.Organ;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring rules, each checked against a figure worked out by hand from the documented defaults. */
class ScoringTest {

    private static final AssessmentScheme DEFAULTS = AssessmentScheme.defaults();

    @Test
    void aMonthWithSomethingWrongInEveryCriterion() {
        // 2 of 4 items → 20×2/4 = 10; statutory 2 of 3 on time → 20×2/3 = 13.3; requests 1 of 2 on time → 12.5,
        // minus 5 for one overdue → 7.5; no complaint due → 15; one broken link → 10−2 = 8; guide 400 days old → 0;
        // one late finding → 5−2.5 = 2.5. Total 56.3.
        OrganMonth m = new OrganMonth(2, "工作动态2条", 3, 2, 2, 1, 1, 0, 0, 400, 1, List.of("x"));
        Map<Criterion, Double> p = Scoring.points(m, DEFAULTS);
        assertThat(p).isEqualTo(Map.of(Criterion.PUBLISHING, 10.0, Criterion.STATUTORY, 13.3,
                Criterion.REQUESTS, 7.5, Criterion.FEEDBACK, 15.0, Criterion.LINKS, 8.0, Criterion.GUIDE, 0.0,
                Criterion.RECTIFICATION, 2.5));
        assertThat(Scoring.total(p)).isEqualTo(56.3);
    }

    @Test
    void nothingToDoEarnsTheRatePointsButPenaltiesNeverGoBelowZero() {
        OrganMonth quiet = new OrganMonth(9, "", 0, 0, 0, 0, 0, 0, 0, 10, 0, List.of());
        assertThat(Scoring.total(Scoring.points(quiet, DEFAULTS))).isEqualTo(100.0);
        // Four overdue requests take 20 off 25; eight take everything, not more. Six broken links: 10−12 → 0.
        OrganMonth bad = new OrganMonth(0, "", 0, 0, 0, 0, 8, 0, 0, null, 3, java.util.Collections.nCopies(6, "x"));
        Map<Criterion, Double> p = Scoring.points(bad, DEFAULTS);
        assertThat(p.get(Criterion.REQUESTS)).isZero();
        assertThat(p.get(Criterion.LINKS)).isZero();
        assertThat(p.get(Criterion.GUIDE)).as("no guide at all").isZero();
        assertThat(p.get(Criterion.RECTIFICATION)).isZero();
        assertThat(Scoring.total(p)).isEqualTo(20 + 15);
    }

    @Test
    void theSchemeIsASetting() {
        AssessmentScheme strict = new AssessmentScheme(50, 10, 10, 10, 10, 5, 5, 10, 10, 5, 5, 30);
        OrganMonth m = new OrganMonth(5, "", 0, 0, 0, 0, 0, 0, 0, 31, 0, List.of());
        Map<Criterion, Double> p = Scoring.points(m, strict);
        assertThat(p.get(Criterion.PUBLISHING)).isEqualTo(25.0);
        assertThat(p.get(Criterion.GUIDE)).as("31 days is older than the 30 allowed").isZero();
        assertThatThrownBy(() -> new AssessmentScheme(-1, 10, 10, 10, 10, 5, 5, 10, 10, 5, 5, 30))
                .hasMessageContaining("不能为负数");
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        List<AssessmentRow> ranked = MonthlyAssessment.rank(List.of(row(1, 80), row(2, 90), row(3, 80), row(4, 70)));
        assertThat(ranked).extracting(r -> r.organ().id() + ":" + r.rank()).containsExactly("2:1", "1:2", "3:2", "4:4");
    }

    private static AssessmentRow row(long id, double score) {
        return new AssessmentRow(new Organ(id, "o" + id, "机关" + id, OrganKind.TOWNSHIP, 1L),
                new OrganMonth(0, "", 0, 0, 0, 0, 0, 0, 0, null, 0, List.of()), Map.of(), score, 0);
    }
}
