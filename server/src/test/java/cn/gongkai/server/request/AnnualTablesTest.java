package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Identities;
import cn.gongkai.report.model.Identity;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tables 三 and 四 computed from case histories: identities by construction, years joined. */
class AnnualTablesTest {

    @Test
    void aHandCountedYear() {
        List<CaseFacts> cases = List.of(
                // received 2024, closed 2025 → carried in, granted
                new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 10), Outcome.GRANTED),
                // received and closed in 2025, partially granted
                new CaseFacts(ApplicantColumn.COMMERCIAL_ENTERPRISE, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 20),
                        Outcome.PARTIALLY_GRANTED),
                // received 2025, open at year end → carried out
                new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2025, 12, 29), null, null),
                // received and closed in 2024 → not in 2025 at all
                new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 20), Outcome.GRANTED));

        RequestTable t = RequestTableCompiler.compile(cases, 2025);

        assertThat(v(t, RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(v(t, RequestRow.NEWLY_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
        assertThat(v(t, RequestRow.CARRIED_IN, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(v(t, RequestRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(v(t, RequestRow.PARTIALLY_GRANTED, ApplicantColumn.TOTAL)).isEqualTo(1);
        assertThat(v(t, RequestRow.HANDLED_TOTAL, ApplicantColumn.TOTAL)).isEqualTo(2);
        assertThat(v(t, RequestRow.CARRIED_OUT, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(v(t, RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(2);
    }

    /** Random histories over three years: every identity of table 三 holds, and each year's 结转 is the next year's. */
    @Test
    void everyIdentityHoldsForRandomHistories() {
        SplittableRandom r = new SplittableRandom(31);
        Outcome[] outcomes = Outcome.values();
        ApplicantColumn[] applicants = java.util.Arrays.copyOf(ApplicantColumn.values(), 6);
        for (int history = 0; history < 200; history++) {
            List<CaseFacts> cases = new ArrayList<>();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                LocalDate received = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
                boolean closed = r.nextInt(5) > 0;
                LocalDate closedOn = closed ? received.plusDays(r.nextInt(90)) : null;
                cases.add(new CaseFacts(applicants[r.nextInt(6)], received, closedOn,
                        closed ? outcomes[r.nextInt(outcomes.length)] : null));
            }
            for (int year = 2023; year <= 2025; year++) {
                RequestTable t = RequestTableCompiler.compile(cases, year);
                for (Identity identity : Identities.requestTable()) {
                    assertThat(sum(t, identity.left())).as("%s %s in %d", identity.code(), identity.about(), year)
                            .isEqualTo(sum(t, identity.right()));
                }
                RequestTable next = RequestTableCompiler.compile(cases, year + 1);
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    assertThat(v(next, RequestRow.CARRIED_IN, c)).isEqualTo(v(t, RequestRow.CARRIED_OUT, c));
                }
            }
        }
    }

    @Test
    void tableFourCountsEachCaseByItsStateAtYearEnd() {
        List<ReviewCase> cases = List.of(
                new ReviewCase(1, 11, null, ReviewGroup.RECONSIDERATION, LocalDate.of(2025, 3, 1), "米易县人民政府",
                        ReviewCase.Result.UPHELD, LocalDate.of(2025, 5, 1)),
                new ReviewCase(2, 11, null, ReviewGroup.RECONSIDERATION, LocalDate.of(2025, 11, 1), "米易县人民政府", null, null),
                new ReviewCase(3, 11, null, ReviewGroup.LITIGATION_DIRECT, LocalDate.of(2025, 11, 20), "米易县人民法院",
                        ReviewCase.Result.CORRECTED, LocalDate.of(2026, 3, 1)),
                new ReviewCase(4, 11, null, ReviewGroup.RECONSIDERATION, LocalDate.of(2024, 6, 1), "米易县人民政府",
                        ReviewCase.Result.OTHER, LocalDate.of(2024, 8, 1)));

        ReviewTable y2025 = ReviewTableCompiler.compile(cases, 2025);
        assertThat(y2025.reconsideration().upheld().value()).isEqualTo(1);
        assertThat(y2025.reconsideration().pending().value()).isEqualTo(1);
        assertThat(y2025.reconsideration().otherResult().value()).isZero(); // decided in 2024: not again
        assertThat(y2025.reconsideration().total().value()).isEqualTo(2);
        assertThat(y2025.litigationDirect().pending().value()).isEqualTo(1);
        ReviewTable y2026 = ReviewTableCompiler.compile(cases, 2026);
        assertThat(y2026.litigationDirect().corrected().value()).isEqualTo(1);
        assertThat(y2026.reconsideration().pending().value()).isEqualTo(1); // still undecided
        assertThat(y2026.reconsideration().upheld().value()).isZero();
    }

    private static long v(RequestTable t, RequestRow row, ApplicantColumn column) {
        return t.get(row, column).value();
    }

    private static long sum(RequestTable t, List<int[]> cells) {
        long s = 0;
        for (int[] c : cells) {
            s += t.get(RequestRow.values()[c[0]], ApplicantColumn.values()[c[1]]).value();
        }
        return s;
    }
}
