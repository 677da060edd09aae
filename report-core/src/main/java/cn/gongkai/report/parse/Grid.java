package cn.gongkai.report.parse;

import cn.gongkai.report.model.Identity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table under recovery: values by {row, column}, null where not (yet) known, with the table's
 * identities compiled to arrays and indexed by the rows they touch (recovery tries many placements
 * of one row, and only that row's identities can change).
 */
final class Grid {

    /** An identity as parallel arrays of rows and columns: left cells add up to right cells. */
    private record Sum(int index, int[] leftRows, int[] leftCols, int[] rightRows, int[] rightCols) {

        static Sum of(Identity id, int index) {
            return new Sum(index, rows(id.left()), cols(id.left()), rows(id.right()), cols(id.right()));
        }

        private static int[] rows(List<int[]> cells) {
            return cells.stream().mapToInt(c -> c[0]).toArray();
        }

        private static int[] cols(List<int[]> cells) {
            return cells.stream().mapToInt(c -> c[1]).toArray();
        }
    }

    /** Compiled indexes, per identity list (the lists of {@code Identities} are constants). */
    private static final Map<List<Identity>, Sum[][]> COMPILED = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Per row, per identity touching it: the row's columns in that identity, as bits. */
    private static final Map<List<Identity>, long[][]> MASKS = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * Per row, per identity touching it: the row's own columns on each side and the other rows' cells on
     * each side. They depend only on the identities, and a focus is made for every row placed (a
     * one-line report places all of 表三's rows), so they are worked out once.
     */
    private record Split(int[] leftCols, int[] rightCols, int[] leftOtherRows, int[] leftOtherCols, int[] rightOtherRows,
            int[] rightOtherCols) {

        static Split of(Sum s, int r) {
            return new Split(inRow(s.leftRows(), s.leftCols(), r), inRow(s.rightRows(), s.rightCols(), r),
                    other(s.leftRows(), s.leftRows(), r), other(s.leftRows(), s.leftCols(), r),
                    other(s.rightRows(), s.rightRows(), r), other(s.rightRows(), s.rightCols(), r));
        }

        private static int[] inRow(int[] rows, int[] cols, int r) {
            return java.util.stream.IntStream.range(0, rows.length).filter(i -> rows[i] == r).map(i -> cols[i]).toArray();
        }

        private static int[] other(int[] rows, int[] values, int r) {
            return java.util.stream.IntStream.range(0, rows.length).filter(i -> rows[i] != r).map(i -> values[i]).toArray();
        }
    }

    private static final Map<List<Identity>, Split[][]> SPLITS = Collections.synchronizedMap(new IdentityHashMap<>());

    final @Nullable Long[][] cells;
    /**
     * The digit splits of each concatenated row, by its token list: the split depends only on the
     * digits, and a deferred row is placed again on every pass (RequestTableReader), so it is searched once.
     */
    final Map<List<Token>, DigitSplitter.Outcome> splits = new IdentityHashMap<>();
    private final Sum[][] byRow;
    /** {known sum, unknown count} while one identity is checked (a grid is read by one thread). */
    private final long[] scratch = new long[2];
    /** How many identities the grid has (each Sum's index is below it). */
    private final int sumCount;
    private final long[][] masks;
    private final Split[][] parts;

    Grid(int rows, int columns, List<Identity> identities) {
        this(new Long[rows][columns], identities);
    }

    /** Another set of identities over the same cells (to check a table with identities it was not read with). */
    Grid(@Nullable Long[][] cells, List<Identity> identities) {
        int rows = cells.length;
        this.cells = cells;
        this.byRow = COMPILED.computeIfAbsent(identities, ids -> index(rows, ids));
        this.sumCount = identities.size();
        this.masks = MASKS.computeIfAbsent(identities, ids -> masks(byRow));
        this.parts = SPLITS.computeIfAbsent(identities, ids -> splits(byRow));
    }

    private static Split[][] splits(Sum[][] byRow) {
        Split[][] out = new Split[byRow.length][];
        for (int r = 0; r < byRow.length; r++) {
            out[r] = new Split[byRow[r].length];
            for (int k = 0; k < byRow[r].length; k++) {
                out[r][k] = Split.of(byRow[r][k], r);
            }
        }
        return out;
    }

    private static long[][] masks(Sum[][] byRow) {
        long[][] masks = new long[byRow.length][];
        for (int r = 0; r < byRow.length; r++) {
            masks[r] = new long[byRow[r].length];
            for (int k = 0; k < byRow[r].length; k++) {
                Sum s = byRow[r][k];
                masks[r][k] = mask(s.leftRows(), s.leftCols(), r) | mask(s.rightRows(), s.rightCols(), r);
            }
        }
        return masks;
    }

    private static long mask(int[] rows, int[] cols, int r) {
        long m = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == r) {
                m |= 1L << cols[i];
            }
        }
        return m;
    }

    private static Sum[][] index(int rows, List<Identity> identities) {
        List<List<Sum>> index = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            index.add(new ArrayList<>());
        }
        for (int k = 0; k < identities.size(); k++) {
            Identity id = identities.get(k);
            Sum sum = Sum.of(id, k);
            boolean[] seen = new boolean[rows];
            for (int[] at : id.left()) {
                seen[at[0]] = true;
            }
            for (int[] at : id.right()) {
                seen[at[0]] = true;
            }
            for (int r = 0; r < rows; r++) {
                if (seen[r]) {
                    index.get(r).add(sum);
                }
            }
        }
        Sum[][] byRow = new Sum[rows][];
        for (int r = 0; r < rows; r++) {
            byRow[r] = index.get(r).toArray(new Sum[0]);
        }
        return byRow;
    }

    /**
     * The identities of row {@code r} with the other rows' part of each sum computed once: while
     * placements of one row are tried, only that row's cells change, so each check reads just
     * them.
     */
    Focus focus(int r) {
        return new Focus(r);
    }

    /**
     * Whether every identity touching one of {@code rows} can still hold over the table as it stands — what
     * {@link Focus#consistent()} asks of one row, asked once per identity (a focus per row would sum the same
     * columns again for each of its rows).
     */
    boolean holds(List<Integer> rows) {
        boolean[] seen = new boolean[sumCount];
        for (int r : rows) {
            for (Sum sum : byRow[r]) {
                if (!seen[sum.index()]) {
                    seen[sum.index()] = true;
                    if (!canHold(sum)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether every identity touching row {@code r} can still hold: {@link Focus#consistent()} for one placement. */
    boolean holds(int r) {
        for (Sum sum : byRow[r]) {
            if (!canHold(sum)) {
                return false;
            }
        }
        return true;
    }

    private boolean canHold(Sum s) {
        // Both sides with an unknown cell can always still be equal, and finding one is quick while a table is read
        // row by row (the later rows are still unknown): look for one from the end of each side before summing.
        if (anyUnknown(s.leftRows(), s.leftCols()) && anyUnknown(s.rightRows(), s.rightCols())) {
            return true;
        }
        sumOf(s.leftRows(), s.leftCols(), scratch);
        long left = scratch[0];
        long leftUnknown = scratch[1];
        sumOf(s.rightRows(), s.rightCols(), scratch);
        long right = scratch[0];
        long rightUnknown = scratch[1];
        return canHold(left, leftUnknown, right, rightUnknown);
    }

    private boolean anyUnknown(int[] rows, int[] cols) {
        for (int i = rows.length - 1; i >= 0; i--) {
            if (cells[rows[i]][cols[i]] == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sides with these known sums and unknown counts can still be equal (cells are never negative): not when
     * both are known and differ, nor when one is known and the other's known part already exceeds it.
     */
    private static boolean canHold(long left, long leftUnknown, long right, long rightUnknown) {
        return !(leftUnknown == 0 && rightUnknown == 0 && left != right
                || leftUnknown > 0 && rightUnknown == 0 && left > right
                || leftUnknown == 0 && rightUnknown > 0 && right > left);
    }

    /** Writes {known sum, unknown count} of the given cells into {@code t}. */
    private void sumOf(int[] rows, int[] cols, long[] t) {
        t[0] = 0;
        t[1] = 0;
        for (int i = 0; i < rows.length; i++) {
            Long v = cells[rows[i]][cols[i]];
            if (v == null) {
                t[1]++;
            } else {
                t[0] += v;
            }
        }
    }

    final class Focus {

        private final int r;
        private final Long[] row;
        private final Sum[] sums;
        private final long[] masks;
        /** Per identity: known sum and unknown count over the other rows, left and right. */
        private final long[] leftBase;
        private final long[] leftBaseUnknown;
        private final long[] rightBase;
        private final long[] rightBaseUnknown;
        /** Per identity: the columns of row r on each side. */
        private final int[][] leftCols;
        private final int[][] rightCols;
        /** {known sum, unknown count} while the other rows' part of each identity is summed. */
        private final long[] scratch = new long[2];

        private Focus(int r) {
            this.r = r;
            this.row = cells[r];
            this.sums = byRow[r];
            this.masks = Grid.this.masks[r];
            int n = sums.length;
            leftBase = new long[n];
            leftBaseUnknown = new long[n];
            rightBase = new long[n];
            rightBaseUnknown = new long[n];
            leftCols = new int[n][];
            rightCols = new int[n][];
            Split[] split = parts[r];
            for (int k = 0; k < n; k++) {
                Split p = split[k];
                leftCols[k] = p.leftCols();
                rightCols[k] = p.rightCols();
                leftBaseUnknown[k] = otherRows(p.leftOtherRows(), p.leftOtherCols(), leftBase, k);
                rightBaseUnknown[k] = otherRows(p.rightOtherRows(), p.rightOtherCols(), rightBase, k);
            }
        }

        /** Writes the known sum of the given cells into {@code sums[k]}; returns how many of them are unknown. */
        private long otherRows(int[] rows, int[] cols, long[] sums, int k) {
            sumOf(rows, cols, scratch);
            sums[k] = scratch[0];
            return scratch[1];
        }

        boolean consistent() {
            long[] t = new long[4];
            for (int k = 0; k < sums.length; k++) {
                tally(k, t);
                if (!canHold(t[0], t[1], t[2], t[3])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Fills allowed cells of row r that the identities fix: when one side is fully known, the
         * other side's unknowns add up to the difference, so a single unknown takes it, and if the
         * difference is zero every unknown is zero (cells are never negative). Returns false if an
         * identity cannot hold (a negative difference). Only identities containing an allowed cell
         * are looked at: no other can fix one.
         */
        boolean solve(boolean[] allowed) {
            long allowedMask = 0;
            for (int c = 0; c < allowed.length; c++) {
                if (allowed[c]) {
                    allowedMask |= 1L << c;
                }
            }
            long[] t = new long[4];
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int k = 0; k < sums.length; k++) {
                    if ((masks[k] & allowedMask) == 0) {
                        continue;
                    }
                    tally(k, t);
                    long left = t[0];
                    long leftUnknown = t[1];
                    long right = t[2];
                    long rightUnknown = t[3];
                    int fixed = 0;
                    if (leftUnknown > 0 && rightUnknown == 0) {
                        fixed = fix(leftCols[k], right - left, leftUnknown, allowed);
                    } else if (rightUnknown > 0 && leftUnknown == 0) {
                        fixed = fix(rightCols[k], left - right, rightUnknown, allowed);
                    }
                    if (fixed < 0) {
                        return false;
                    }
                    progress |= fixed > 0;
                }
            }
            return true;
        }

        /** Writes {left known sum, left unknowns, right known sum, right unknowns} of identity k into {@code t}. */
        private void tally(int k, long[] t) {
            t[0] = leftBase[k];
            t[1] = leftBaseUnknown[k];
            for (int c : leftCols[k]) {
                if (row[c] == null) {
                    t[1]++;
                } else {
                    t[0] += row[c];
                }
            }
            t[2] = rightBase[k];
            t[3] = rightBaseUnknown[k];
            for (int c : rightCols[k]) {
                if (row[c] == null) {
                    t[3]++;
                } else {
                    t[2] += row[c];
                }
            }
        }

        /** Sets row r's unknowns on one side whose cells must add up to {@code remaining}; -1 if impossible. */
        private int fix(int[] rowCols, long remaining, long unknowns, boolean[] allowed) {
            if (remaining < 0) {
                return -1;
            }
            if (unknowns != 1 && remaining != 0) {
                return 0;
            }
            int fixed = 0;
            for (int c : rowCols) {
                if (row[c] == null && allowed[c]) {
                    row[c] = unknowns == 1 ? remaining : 0L;
                    fixed++;
                }
            }
            return fixed;
        }
    }

}
