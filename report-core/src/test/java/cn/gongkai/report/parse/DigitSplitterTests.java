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

    @Test
    void theSearchFindsExactlyTheSplitsOfABruteForceEnumeration() {
        // The walk prunes (a last group's total is the number the row ends with); an enumeration of every
        // cut into cells of 1–6 digits, written here apart from the walk, must find the same splits.
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        int compared = 0;
        for (int trial = 0; trial < 1_500; trial++) {
            int[] groups = trial % 3 == 0 ? new int[] {5, 5, 5} : trial % 3 == 1 ? new int[] {7} : new int[] {3, 1, 4};
            int cells = Arrays.stream(groups).sum();
            long[] row = row(random, groups);
            StringBuilder digits = new StringBuilder();
            for (long v : row) {
                digits.append(v);
            }
            // sometimes a space the source kept, between two cells
            List<String> runs = List.of(digits.toString());
            if (random.nextInt(4) == 0) {
                int cut = Long.toString(row[0]).length();
                runs = List.of(digits.substring(0, cut), digits.substring(cut));
            }
            DigitSplitter.Outcome o = DigitSplitter.split(runs, groups);
            List<long[]> expected = new java.util.ArrayList<>();
            brute(String.join("", runs), boundaries(runs), groups, new long[cells], 0, 0, expected);
            if (o.capped() || expected.size() > DigitSplitter.MAX_CANDIDATES) {
                continue;
            }
            compared++;
            assertThat(o.candidates()).as(runs + " " + Arrays.toString(groups))
                    .usingElementComparator((a, b) -> Arrays.compare(a, b))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(compared).isGreaterThan(1_200);
    }

    @Test
    void anyDigitsGetExactlyTheSplitsOfTheEnumeration() {
        // Digits drawn at random, most rows' sums failing: among them as many digits as cells (3100004, 3100005),
        // which the splitter answers without a walk. The enumeration must agree on every one, found or not.
        java.util.SplittableRandom random = new java.util.SplittableRandom(29);
        int found = 0;
        int oneDigitEach = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            int[] groups = trial % 2 == 0 ? new int[] {7} : new int[] {5, 5, 5};
            int cells = Arrays.stream(groups).sum();
            int length = cells + (trial % 3 == 0 ? 0 : random.nextInt(cells));
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < length; i++) {
                digits.append(random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(2));
            }
            List<String> runs = List.of(digits.toString());
            DigitSplitter.Outcome o = DigitSplitter.split(runs, groups);
            List<long[]> expected = new java.util.ArrayList<>();
            brute(digits.toString(), boundaries(runs), groups, new long[cells], 0, 0, expected);
            if (o.capped() || expected.size() > DigitSplitter.MAX_CANDIDATES) {
                continue;
            }
            found += expected.isEmpty() ? 0 : 1;
            oneDigitEach += length == cells && !expected.isEmpty() ? 1 : 0;
            assertThat(o.candidates()).as(runs + " " + Arrays.toString(groups))
                    .usingElementComparator((x, y) -> Arrays.compare(x, y))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(found).isGreaterThan(25);
        assertThat(oneDigitEach).isGreaterThan(10);
    }

    /** A row whose groups hold: random small counts (as real rows have), each group's last cell its sum. */
    private static long[] row(java.util.SplittableRandom random, int[] groups) {
        long[] row = new long[Arrays.stream(groups).sum()];
        int c = 0;
        for (int g : groups) {
            long sum = 0;
            for (int i = 0; i < g; i++, c++) {
                if (g >= 2 && i == g - 1) {
                    row[c] = sum;
                } else {
                    row[c] = random.nextInt(3) == 0 ? random.nextInt(200) : random.nextInt(3);
                    sum += row[c];
                }
            }
        }
        return row;
    }

    private static java.util.Set<Integer> boundaries(List<String> runs) {
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        int at = 0;
        for (String r : runs) {
            at += r.length();
            ends.add(at);
        }
        return ends;
    }

    /** Every cut into cells of 1–6 digits without leading zeros, no cell across a kept space, each group's sum holding. */
    private static void brute(String digits, java.util.Set<Integer> ends, int[] groups, long[] cells, int cell, int pos,
            List<long[]> out) {
        if (cell == cells.length) {
            if (pos == digits.length() && sumsHold(cells, groups)) {
                out.add(cells.clone());
            }
            return;
        }
        for (int len = 1; len <= DigitSplitter.MAX_DIGITS && pos + len <= digits.length(); len++) {
            if (len > 1 && digits.charAt(pos) == '0') {
                return;
            }
            boolean crosses = false;
            for (int i = pos + 1; i < pos + len; i++) {
                crosses |= ends.contains(i);
            }
            if (crosses) {
                return;
            }
            cells[cell] = Long.parseLong(digits.substring(pos, pos + len));
            if (groupHolds(cells, groups, cell)) { // checked when a group's last cell is cut, so 表四's 15 cells stay quick
                brute(digits, ends, groups, cells, cell + 1, pos + len, out);
            }
        }
    }

    /** False when {@code cell} closes a group of two or more whose earlier cells do not add up to it. */
    private static boolean groupHolds(long[] cells, int[] groups, int cell) {
        int start = 0;
        for (int g : groups) {
            if (cell == start + g - 1 && g >= 2) {
                long sum = 0;
                for (int i = start; i < cell; i++) {
                    sum += cells[i];
                }
                return sum == cells[cell];
            }
            start += g;
        }
        return true;
    }

    private static boolean sumsHold(long[] cells, int[] groups) {
        int c = 0;
        for (int g : groups) {
            long sum = 0;
            for (int i = 0; i < g - 1; i++) {
                sum += cells[c++];
            }
            if (g >= 2 && cells[c] != sum) {
                return false;
            }
            c++;
        }
        return true;
    }

    private static int[] free(int n) {
        int[] g = new int[n];
        Arrays.fill(g, 1);
        return g;
    }
}
