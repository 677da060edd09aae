package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Places the values found for one table row into its columns without ever shifting them silently.
 *
 * <p>When a row has as many values as columns, each goes to its column. When it has fewer, every
 * way of placing them in order is tried (and, for digits written together, every way of splitting
 * them); a placement survives if the table's identities, with the other rows as recovered, can
 * still hold and fix the missing cells. A cell gets a value only if every surviving placement
 * gives it the same one; otherwise it stays unknown.
 */
final class RowResolver {

    /** Above this many placements the row is left unknown rather than searched. */
    static final int MAX_PLACEMENTS = 20_000;

    /**
     * @param values   per grid column, null where unknown
     * @param inferred grid columns whose value was not written but fixed by the identities
     * @param missing  grid columns (among the present ones) left unknown
     * @param note     why, in Chinese, when the row was not a plain one-value-per-column row
     */
    record Result(@Nullable Long[] values, List<Integer> inferred, List<Integer> missing, @Nullable String note) {
    }

    private RowResolver() {
    }

    static Result resolve(Grid grid, int r, int[] present, List<Token> tokens) {
        int n = present.length;
        int columns = grid.cells[r].length;
        int k = tokens.size();
        if (k == n) {
            Long[] values = new Long[columns];
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Long v = parse(tokens.get(i));
                values[present[i]] = v;
                if (v == null) {
                    missing.add(present[i]);
                }
            }
            return new Result(values, List.of(), missing, missing.isEmpty() ? null : "单元格为空");
        }
        if (k > n) {
            long blanks = tokens.stream().filter(Token::isBlank).count();
            return unknownRow(columns, present, blanks == 0 ? "该行有 " + k + " 个数字，多于 " + n + " 列，无法确定对应关系"
                    : "该行有 " + k + " 个单元格（其中 " + blanks + " 个为空），多于 " + n + " 列，无法确定对应关系");
        }
        Result split = SplitResolver.resolve(grid, r, present, tokens);
        if (split != null) {
            return split;
        }
        if (!SplitResolver.mayBeGaps(tokens, n)) {
            return unknownRow(columns, present, "数字连写为“" + SplitResolver.written(tokens)
                    + "”，没有一种拆分符合表内勾稽关系，无法确定");
        }
        return tryGaps(grid, r, present, tokens);
    }

    private static Result tryGaps(Grid grid, int r, int[] present, List<Token> tokens) {
        int n = present.length;
        int k = tokens.size();
        int columns = grid.cells[r].length;
        if (binomial(n, n - k) > MAX_PLACEMENTS) {
            return unknownRow(columns, present, "该行只有 " + k + " 个数字（应为 " + n + " 个），可能的对应方式过多，无法确定");
        }
        Long[] saved = grid.cells[r].clone();
        Arrays.fill(grid.cells[r], null);
        Grid.Focus focus = grid.focus(r);
        Long[] values = new Long[k];
        for (int i = 0; i < k; i++) {
            values[i] = parse(tokens.get(i));
        }
        List<Long[]> survivors = new ArrayList<>();
        List<boolean[]> gapSets = new ArrayList<>();
        int[] gaps = new int[n - k];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = i;
        }
        do {
            boolean[] isGap = new boolean[columns];
            for (int g : gaps) {
                isGap[present[g]] = true;
            }
            Arrays.fill(grid.cells[r], null);
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (!isGap[present[i]]) {
                    grid.cells[r][present[i]] = values[t++];
                }
            }
            if (focus.solve(isGap) && focus.consistent()) {
                survivors.add(grid.cells[r].clone());
                gapSets.add(isGap);
            }
        } while (nextCombination(gaps, n));
        System.arraycopy(saved, 0, grid.cells[r], 0, columns);
        return merge(survivors, gapSets, present, columns, tokens.size(), n);
    }

    private static Result merge(List<Long[]> survivors, List<boolean[]> gapSets, int[] present, int columns,
            int k, int n) {
        if (survivors.isEmpty()) {
            return unknownRow(columns, present, "该行只有 " + k + " 个数字（应为 " + n + " 个），任何对应方式都与表内勾稽关系矛盾");
        }
        Long[] values = new Long[columns];
        List<Integer> inferred = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int c : present) {
            Long first = survivors.get(0)[c];
            boolean agree = first != null;
            boolean wasGap = false;
            for (int s = 0; s < survivors.size(); s++) {
                agree &= Objects.equals(first, survivors.get(s)[c]);
                wasGap |= gapSets.get(s)[c];
            }
            if (agree) {
                values[c] = first;
                if (wasGap) {
                    inferred.add(c);
                }
            } else {
                missing.add(c);
            }
        }
        String note = "该行只有 " + k + " 个数字（应为 " + n + " 个）";
        return new Result(values, inferred, missing, note);
    }

    static Result unknownRow(int columns, int[] present, String note) {
        List<Integer> missing = new ArrayList<>();
        for (int c : present) {
            missing.add(c);
        }
        return new Result(new Long[columns], List.of(), missing, note);
    }

    static @Nullable Long parse(Token t) {
        if (t.isBlank()) {
            return null;
        }
        String s = t.number();
        if (s.contains(".")) {
            // A count written with decimals ("2.0") is taken only when whole.
            try {
                java.math.BigDecimal d = new java.math.BigDecimal(s);
                return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return s.length() > 15 ? null : Long.parseLong(s);
    }

    private static boolean nextCombination(int[] comb, int n) {
        int k = comb.length;
        for (int i = k - 1; i >= 0; i--) {
            if (comb[i] < n - k + i) {
                comb[i]++;
                for (int j = i + 1; j < k; j++) {
                    comb[j] = comb[j - 1] + 1;
                }
                return true;
            }
        }
        return false;
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
