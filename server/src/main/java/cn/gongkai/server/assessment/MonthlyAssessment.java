package cn.gongkai.server.assessment;

import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's assessment of every organ under the county government (the organs the supervising office
 * oversees): computed live until the office issues it, then frozen. Only a month that has ended can be
 * issued, and only once. Organ staff see their own organ's line; the supervisor sees the ranking.
 */
@Service
public class MonthlyAssessment {

    /** A month's ranking, whether it is issued, and what the scheme allows at most. */
    public record Month(YearMonth month, LocalDate asOf, List<AssessmentRow> rows, Optional<Issued> issue,
            double maxScore) {

        public boolean issued() {
            return issue.isPresent();
        }
    }

    private final MonthFigures figures;
    private final AssessmentResults results;
    private final AssessmentScheme scheme;
    private final Organs organs;
    private final Ledger ledger;
    private final Clock clock;

    MonthlyAssessment(MonthFigures figures, AssessmentResults results, AssessmentScheme scheme, Organs organs, Ledger ledger,
            Clock clock) {
        this.figures = figures;
        this.results = results;
        this.scheme = scheme;
        this.organs = organs;
        this.ledger = ledger;
        this.clock = clock;
    }

    public AssessmentScheme scheme() {
        return scheme;
    }

    /** The month as the user may see it: every organ for the supervisor, the user's own organ otherwise. */
    public Month month(StaffUser user, YearMonth month) {
        Month all = all(month);
        if (user.has(Role.COUNTY_SUPERVISOR)) {
            return all;
        }
        return new Month(month, all.asOf(), all.rows().stream().filter(r -> OrganAccess.canView(user, r.organ())
                && r.organ().id() == user.organId()).toList(), all.issue(), all.maxScore());
    }

    /** An issued month with every organ (what its bulletin names); organs read the bulletin as it was issued. */
    public Month issuedMonth(YearMonth month) {
        return stored(month).orElseThrow(() -> new IllegalArgumentException("这个月的考核结果尚未发布"));
    }

    /** Freezes the month and its ranking; the bulletin is then this month's. */
    @Transactional
    public Month issue(StaffUser supervisor, YearMonth month) {
        requireSupervisor(supervisor);
        LocalDate today = LocalDate.now(clock);
        if (!month.atEndOfMonth().isBefore(today)) {
            throw new IllegalArgumentException(month.getYear() + "年" + month.getMonthValue() + "月尚未结束，月底之后才能发布通报");
        }
        if (results.issue(month).isPresent()) {
            throw new IllegalArgumentException("这个月的考核结果已经发布，不能重复发布");
        }
        Month live = all(month);
        results.insert(month, live.rows(), today, supervisor.username());
        ledger.record(new Action(supervisor.username(), null, "assessment-issue", "assessment", month.toString(), null,
                live.rows().size() + " 个机关"));
        return issuedMonth(month);
    }

    /** What an organ's annual report says of its assessment (Art. 50(四)): issued months of the year. */
    public record YearResult(int months, double meanScore, int bestRank) {
    }

    public YearResult year(long organId, int year) {
        double[] r = results.year(organId, year);
        return new YearResult((int) r[0], Scoring.round(r[1]), (int) r[2]);
    }

    /** Issued scores of the twelve months up to {@code last}, by organ name, for the trend. */
    public Map<Organ, Map<YearMonth, Double>> trend(StaffUser user, YearMonth last) {
        Map<Long, Map<YearMonth, Double>> scores = results.scores(last.minusMonths(11), last);
        Map<Organ, Map<YearMonth, Double>> out = new java.util.LinkedHashMap<>();
        for (Organ o : assessed()) {
            if (user.has(Role.COUNTY_SUPERVISOR) || (o.id() == user.organId() && OrganAccess.canView(user, o))) {
                out.put(o, scores.getOrDefault(o.id(), Map.of()));
            }
        }
        return out;
    }

    /** An issued month as it was announced; empty when not issued. */
    private Optional<Month> stored(YearMonth month) {
        return results.issue(month).map(issue -> new Month(month, month.atEndOfMonth(), results.rows(month,
                organs.all().stream().collect(Collectors.toMap(Organ::id, o -> o))), Optional.of(issue),
                Scoring.round(scheme.total())));
    }

    /** The month as issued, or computed live from the records until it is. */
    private Month all(YearMonth month) {
        Optional<Month> issued = stored(month);
        if (issued.isPresent()) {
            return issued.get();
        }
        double max = Scoring.round(scheme.total());
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        if (month.atDay(1).isAfter(today)) {
            throw new IllegalArgumentException("不能考核尚未开始的月份");
        }
        List<AssessmentRow> unranked = new ArrayList<>();
        List<Organ> assessed = assessed();
        Map<Long, List<cn.gongkai.server.publication.LinkCheck.BrokenLink>> broken =
                figures.brokenLinks(assessed.stream().map(Organ::id).toList());
        for (Organ o : assessed) {
            OrganMonth m = figures.of(o.id(), month, asOf, broken.get(o.id()));
            Map<Criterion, Double> points = Scoring.points(m, scheme);
            unranked.add(new AssessmentRow(o, m, points, Scoring.total(points), 0));
        }
        return new Month(month, asOf, rank(unranked), Optional.empty(), max);
    }

    /** Highest score first; equal scores share a rank (1, 2, 2, 4), listed by organ order. */
    static List<AssessmentRow> rank(List<AssessmentRow> rows) {
        List<AssessmentRow> sorted = rows.stream()
                .sorted(Comparator.comparingDouble(AssessmentRow::score).reversed().thenComparing(r -> r.organ().id())).toList();
        List<AssessmentRow> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            AssessmentRow r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new AssessmentRow(r.organ(), r.figures(), r.points(), r.score(), rank));
        }
        return ranked;
    }

    /** The organs the supervising office oversees: all but the county government itself. */
    private List<Organ> assessed() {
        return organs.all().stream().filter(o -> o.parentId() != null).toList();
    }

    private static void requireSupervisor(StaffUser user) {
        if (!user.has(Role.COUNTY_SUPERVISOR)) {
            throw new IllegalArgumentException("只有县政务公开办（监督）可以发布考核通报");
        }
    }
}
