package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row whose numbers were written together ("5100107", "8720000190"): the splits that satisfy the
 * row's own sums ({@link DigitSplitter}) are checked against the rest of the table as recovered, and
 * a cell gets a value only when every surviving split gives it the same one. When several splits
 * survive and disagree, the disagreeing cells stay unknown and the note says so; when the search hit
 * its bound, the whole row stays unknown.
 */
final class SplitResolver {

    /** Above this many digits per cell the row is a concatenation for sure, never a row with gaps. */
    private static final int GAP_DIGITS_PER_CELL = 2;
    /** A count of requests with more digits than this is digits run together, not one cell. */
    private static final int MAX_GAP_VALUE_DIGITS = 5;

    private SplitResolver() {
    }

    /** The split result, or null when the tokens are not a concatenation or no split fits the table. */
    static RowResolver.@Nullable Result resolve(Grid grid, int r, int[] present, List<Token> tokens) {
        int n = present.length;
        if (!concatenated(tokens, n)) {
            return null;
        }
        int columns = grid.cells[r].length;
        DigitSplitter.Outcome outcome = grid.splits.computeIfAbsent(tokens, t -> {
            List<String> runs = new ArrayList<>();
            for (Token token : t) {
                runs.add(token.number());
            }
            return DigitSplitter.split(runs, groups(columns, n));
        });
        if (outcome.capped()) {
            return RowResolver.unknownRow(columns, present, "数字连写为“" + written(tokens)
                    + "”，可能的拆分方式超过上限（" + DigitSplitter.MAX_CANDIDATES + " 种或 " + DigitSplitter.MAX_STEPS
                    + " 步），无法确定");
        }
        Long[] saved = grid.cells[r].clone();
        List<Long[]> survivors = new ArrayList<>(2);
        // A focus sums the other rows once for many candidates; one candidate (most rows) is checked directly.
        Grid.Focus focus = outcome.candidates().size() > 1 ? grid.focus(r) : null;
        for (long[] split : outcome.candidates()) {
            Arrays.fill(grid.cells[r], null);
            for (int i = 0; i < n; i++) {
                grid.cells[r][present[i]] = split[i];
            }
            if (focus == null ? grid.holds(r) : focus.consistent()) {
                survivors.add(grid.cells[r].clone());
            }
        }
        System.arraycopy(saved, 0, grid.cells[r], 0, columns);
        if (survivors.isEmpty()) {
            return null;
        }
        Long[] values = new Long[columns];
        List<Integer> agreed = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int c : present) {
            Long first = survivors.get(0)[c];
            boolean same = true;
            for (Long[] s : survivors) {
                same &= Objects.equals(first, s[c]);
            }
            if (same) {
                values[c] = first;
                agreed.add(c);
            } else {
                open.add(c);
            }
        }
        if (survivors.size() == 1) {
            return new RowResolver.Result(values, agreed, List.of(), uniqueNote(tokens));
        }
        String note = "数字连写为“" + written(tokens) + "”，有 " + survivors.size() + " 种拆分都符合勾稽关系（如 "
                + shown(survivors.get(0), present) + " 或 " + shown(survivors.get(1), present) + "）";
        return new RowResolver.Result(values, agreed, open, note);
    }

    /** True when fewer tokens than cells might be a row with gaps rather than digits run together. */
    static boolean mayBeGaps(List<Token> tokens, int n) {
        int digits = 0;
        for (Token t : tokens) {
            if (!t.isBlank()) {
                if (t.number().length() > MAX_GAP_VALUE_DIGITS) {
                    return false;
                }
                digits += t.number().length();
            }
        }
        return digits <= GAP_DIGITS_PER_CELL * n;
    }

    static String written(List<Token> tokens) {
        return written(new StringBuilder(), tokens).toString();
    }

    /** The note of a row split one way only; one builder (a one-line table has a note for nearly every row). */
    static String uniqueNote(List<Token> tokens) {
        return written(new StringBuilder(40).append("数字连写为“"), tokens).append("”，按表内勾稽关系唯一拆分").toString();
    }

    private static StringBuilder written(StringBuilder sb, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(t.isBlank() ? "—" : t.number());
        }
        return sb;
    }

    /** Digits written together: some token has several digits and there are at least as many digits as cells. */
    private static boolean concatenated(List<Token> tokens, int n) {
        int digits = 0;
        boolean anyLong = false;
        for (Token t : tokens) {
            if (t.isBlank() || t.number().contains(".")) {
                return false;
            }
            digits += t.number().length();
            anyLong |= t.number().length() > 1;
        }
        return anyLong && digits >= n && digits <= DigitSplitter.MAX_DIGITS * n;
    }

    /** The sum groups of a row: 表三 with all seven columns sums to 总计, 表四 in three groups of five. */
    private static int[] groups(int columns, int n) {
        if (columns == 7 && n == 7) {
            return new int[] {7};
        }
        if (columns == 15 && n == 15) {
            return new int[] {5, 5, 5};
        }
        int[] free = new int[n];
        Arrays.fill(free, 1);
        return free;
    }

    private static String shown(Long[] row, int[] present) {
        StringBuilder sb = new StringBuilder();
        for (int c : present) {
            sb.append(sb.isEmpty() ? "" : ",").append(row[c]);
        }
        return sb.toString();
    }
}
