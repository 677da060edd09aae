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
    private record Sum(int[] leftRows, int[] leftCols, int[] rightRows, int[] rightCols) {

        static Sum of(Identity id) {
            return new Sum(rows(id.left()), cols(id.left()), rows(id.right()), cols(id.right()));
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

    final @Nullable Long[][] cells;
    private final Sum[][] byRow;

    Grid(int rows, int columns, List<Identity> identities) {
        this.cells = new Long[rows][columns];
        this.byRow = COMPILED.computeIfAbsent(identities, ids -> index(rows, ids));
    }

    private static Sum[][] index(int rows, List<Identity> identities) {
        List<List<Sum>> index = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            index.add(new ArrayList<>());
        }
        for (Identity id : identities) {
            Sum sum = Sum.of(id);
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
     * Whether every identity touching row {@code r} can still hold: fully known ones must balance,
     * partly known ones must not have known parts exceeding a fully known other side (cells are
     * never negative).
     */
    boolean consistent(int r) {
        for (Sum s : byRow[r]) {
            long left = known(s.leftRows(), s.leftCols());
            long right = known(s.rightRows(), s.rightCols());
            int leftUnknown = unknown(s.leftRows(), s.leftCols());
            int rightUnknown = unknown(s.rightRows(), s.rightCols());
            if (leftUnknown == 0 && rightUnknown == 0 && left != right
                    || leftUnknown > 0 && rightUnknown == 0 && left > right
                    || leftUnknown == 0 && rightUnknown > 0 && right > left) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills cells of {@code allowed} (cells of row r, as column flags) that the identities fix:
     * when one side is fully known, the other side's unknowns add up to the difference, so a single
     * unknown takes it, and if the difference is zero every unknown is zero (cells are never
     * negative). Returns false if the identities cannot hold (a negative difference).
     */
    boolean solve(int r, boolean[] allowed) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Sum s : byRow[r]) {
                int leftUnknown = unknown(s.leftRows(), s.leftCols());
                int rightUnknown = unknown(s.rightRows(), s.rightCols());
                int fixed = 0;
                if (leftUnknown > 0 && rightUnknown == 0) {
                    fixed = fix(s.leftRows(), s.leftCols(),
                            known(s.rightRows(), s.rightCols()) - known(s.leftRows(), s.leftCols()), leftUnknown, r, allowed);
                } else if (rightUnknown > 0 && leftUnknown == 0) {
                    fixed = fix(s.rightRows(), s.rightCols(),
                            known(s.leftRows(), s.leftCols()) - known(s.rightRows(), s.rightCols()), rightUnknown, r, allowed);
                }
                if (fixed < 0) {
                    return false;
                }
                progress |= fixed > 0;
            }
        }
        return true;
    }

    /** Sets the unknowns of one side whose sum must be {@code remaining}; -1 if impossible. */
    private int fix(int[] rows, int[] cols, long remaining, int unknowns, int r, boolean[] allowed) {
        if (remaining < 0) {
            return -1;
        }
        if (unknowns != 1 && remaining != 0) {
            return 0;
        }
        int fixed = 0;
        for (int i = 0; i < rows.length; i++) {
            if (cells[rows[i]][cols[i]] == null && rows[i] == r && allowed[cols[i]]) {
                cells[rows[i]][cols[i]] = unknowns == 1 ? remaining : 0L;
                fixed++;
            }
        }
        return fixed;
    }

    private long known(int[] rows, int[] cols) {
        long sum = 0;
        for (int i = 0; i < rows.length; i++) {
            Long v = cells[rows[i]][cols[i]];
            if (v != null) {
                sum += v;
            }
        }
        return sum;
    }

    private int unknown(int[] rows, int[] cols) {
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            if (cells[rows[i]][cols[i]] == null) {
                n++;
            }
        }
        return n;
    }
}
