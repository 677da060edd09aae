package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Identities;
import cn.gongkai.report.model.RequestRow;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Digits run together by crawler text. Every expected split below was worked out by hand (and
 * cross-checked with a brute-force enumeration of all splits written apart from this code).
 */
class DigitSplitterTests {

    @Test
    void aRowOfTable3SplitsOneWayUnderItsRowSum() {
        // 87,2,0,0,0,1 → 总计 90 written as "872000190": 87+2+0+0+0+1 = 90; any other cut of the first
        // digits (8,72,… = 81; 87,20,… needs one digit more) breaks the sum.
        DigitSplitter.Outcome o = DigitSplitter.split(List.of("872000190"), new int[] {7});
        assertThat(o.capped()).isFalse();
        assertThat(o.candidates()).hasSize(1);
        assertThat(o.candidates().get(0)).containsExactly(87, 2, 0, 0, 0, 1, 90);
    }

    @Test
    void table4SplitsInThreeGroupsOfFive() {
        // 1,0,0,1 → 2 | 0,0,0,0 → 0 | 0,0,0,1 → 1: fifteen digits, fifteen cells, each group's sum holds.
        DigitSplitter.Outcome o = DigitSplitter.split(List.of("100120000000011"), new int[] {5, 5, 5});
        assertThat(o.candidates()).singleElement()
                .satisfies(c -> assertThat(c).containsExactly(1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void aSpaceTheSourceKeptIsACellBoundary() {
        // "87 2000190": 87 must stand alone, then 2,0,0,0,1,90 (digits "2000190" cut as 2|0|0|0|1|90).
        DigitSplitter.Outcome o = DigitSplitter.split(List.of("87", "2000190"), new int[] {7});
        assertThat(o.candidates()).singleElement().satisfies(c -> assertThat(c).containsExactly(87, 2, 0, 0, 0, 1, 90));
        // "8 72000190" forbids 87: 8+72+0+0+0+1 = 81 ≠ 90 and no other cut sums: no split.
        assertThat(DigitSplitter.split(List.of("8", "72000190"), new int[] {7}).candidates()).isEmpty();
    }

    @Test
    void theSearchStopsAtItsBoundAndSaysSo() {
        // 25 digits into 10 free cells: hundreds of thousands of splits (831,204 by brute force).
        DigitSplitter.Outcome o = DigitSplitter.split(List.of("1234567891234567891234567"), free(10));
        assertThat(o.capped()).isTrue();
    }

    @Test
    void twoSplitsThatFitLeaveTheCellsTheyDisagreeOnUnknown() {
        // "212103027": 2,1,21,0,3,0 → 27 and 21,2,1,0,3,0 → 27 both hold; the last four cells agree.
        Grid grid = new Grid(RequestRow.COUNT, ApplicantColumn.COUNT, Identities.requestTable());
        RowResolver.Result r = RowResolver.resolve(grid, 0, new int[] {0, 1, 2, 3, 4, 5, 6},
                List.of(new Token("212103027", 1, 0)));
        assertThat(Arrays.asList(r.values())).containsExactly(null, null, null, 0L, 3L, 0L, 27L);
        assertThat(r.missing()).containsExactly(0, 1, 2);
        assertThat(r.note()).contains("2 种拆分").contains("212103027");
    }

    @Test
    void digitsThatNoSplitFitsAreNeverReadAsOneNumber() {
        // "8720000190" (ten digits): no cut into seven cells sums (brute force finds none), and as one
        // number it would be absurd: the row stays unknown.
        Grid grid = new Grid(RequestRow.COUNT, ApplicantColumn.COUNT, Identities.requestTable());
        RowResolver.Result r = RowResolver.resolve(grid, 0, new int[] {0, 1, 2, 3, 4, 5, 6},
                List.of(new Token("8720000190", 1, 0)));
        assertThat(r.values()).containsOnlyNulls();
        assertThat(r.note()).contains("没有一种拆分符合");
    }

    private static int[] free(int n) {
        int[] g = new int[n];
        Arrays.fill(g, 1);
        return g;
    }
}
