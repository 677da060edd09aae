package cn.gongkai.report.parse;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Identities;
import cn.gongkai.report.model.RequestRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last word on the rows whose cells were inferred (digits run together and split, or fewer numbers
 * than columns and placed). Each was accepted against the table as recovered at its turn, when rows read
 * after it were still unknown — so a row whose own sum is wrong (a slip in the report) can be split to fit
 * that sum alone, and then push out the rows that would have shown it wrong (seed 701639 of
 * {@code OneLineIdentityTests}: 一 read as 36,2,86,80,5,702 | 911 made the 不予处理 rows and （七） fit no split).
 *
 * <p>So the finished table is checked — with the format's identities and, where （七） is unknown, 一 + 二 = outcomes
 * + 四, which still holds the outcome rows to 一 ({@link Identities#outcomeBalance}) — with every row that found no
 * fitting split put back as its only split by its own sums (a proposal). If it holds, the proposals are taken. If not, and exactly one row whose cut
 * depended on the sums — read or proposed — is the one whose withdrawal makes every identity hold, that row is
 * withdrawn (unknown, with the reason: misprinted, or the report's own figures do not add up) and the other
 * proposals are taken. Otherwise nothing changes: which row is wrong cannot be told, and the identity rules
 * report that the table does not add up.
 */
final class InferredRows {

    private InferredRows() {
    }

    static void confirm(Grid grid, List<Integer> rows, RowResolver.Result[] results, List<Token>[] tokens, int[] present) {
        Grid[] balance = new Grid[ApplicantColumn.COUNT];
        for (ApplicantColumn column : ApplicantColumn.values()) {
            balance[column.ordinal()] = new Grid(grid.cells, Identities.outcomeBalance(column));
        }
        List<Integer> proposed = new ArrayList<>();
        for (int r : rows) {
            long[] only = onlySplit(grid, results[r], tokens[r], present.length);
            if (only != null) {
                for (int i = 0; i < present.length; i++) {
                    grid.cells[r][present[i]] = only[i];
                }
                proposed.add(r);
            }
        }
        List<Integer> inferred = new ArrayList<>(proposed);
        for (int r : rows) {
            if (results[r] != null && !results[r].inferred().isEmpty()) {
                inferred.add(r);
            }
        }
        if (!holds(grid, balance, inferred)) {
            int culprit = -1;
            for (int r : inferred) {
                if (forced(tokens[r], present.length)) {
                    continue; // one run of one digit per cell (0000000, 6000017): the cut is forced, whatever the sums say
                }
                Long[] saved = grid.cells[r].clone();
                Arrays.fill(grid.cells[r], null);
                boolean fixes = holds(grid, balance, inferred);
                System.arraycopy(saved, 0, grid.cells[r], 0, saved.length);
                if (fixes) {
                    if (culprit >= 0) {
                        culprit = -2; // two rows could be the wrong one: leave the table as it was read
                        break;
                    }
                    culprit = r;
                }
            }
            if (culprit < 0) {
                for (int r : proposed) {
                    Arrays.fill(grid.cells[r], null);
                }
                return;
            }
            Arrays.fill(grid.cells[culprit], null);
            if (!proposed.remove(Integer.valueOf(culprit))) {
                RowResolver.Result was = results[culprit];
                results[culprit] = RowResolver.unknownRow(grid.cells[culprit].length, present,
                        (was.note() == null ? "" : was.note() + "；") + "但拆分结果与表内其他各行的勾稽关系不符（该行印错，或报告本身数字不平衡），无法确定");
            }
        }
        List<Integer> cols = new ArrayList<>();
        for (int c : present) {
            cols.add(c);
        }
        for (int r : proposed) {
            results[r] = new RowResolver.Result(grid.cells[r].clone(), cols, List.of(), SplitResolver.uniqueNote(tokens[r]));
        }
    }

    /**
     * Whether the row's values did not depend on the sums: one run of exactly one digit per cell. Any other row —
     * more digits than cells, numbers placed among gaps — was cut or placed to fit them.
     */
    private static boolean forced(List<Token> tokens, int cells) {
        return tokens != null && tokens.size() == 1 && tokens.get(0).number() != null
                && tokens.get(0).number().length() == cells;
    }

    /**
     * The format's identities over the rows, and 一 + 二 = outcomes + 四 in each column whose （七） is unknown at this
     * moment (a withdrawal or a proposal can change which).
     */
    private static boolean holds(Grid grid, Grid[] balance, List<Integer> rows) {
        if (!grid.holds(rows)) {
            return false;
        }
        for (int c = 0; c < balance.length; c++) {
            if (grid.cells[RequestRow.HANDLED_TOTAL.ordinal()][c] == null && !balance[c].holds(rows)) {
                return false;
            }
        }
        return true;
    }

    /** The row's one split by its own sums, when the row found no split fitting the table; else null. */
    private static long[] onlySplit(Grid grid, RowResolver.Result result, List<Token> tokens, int n) {
        if (result == null || !result.inferred().isEmpty() || result.missing().size() != n || tokens == null) {
            return null;
        }
        DigitSplitter.Outcome outcome = grid.splits.get(tokens);
        return outcome != null && !outcome.capped() && outcome.candidates().size() == 1 ? outcome.candidates().get(0) : null;
    }
}
