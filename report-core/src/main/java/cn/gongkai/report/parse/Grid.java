package cn.gongkai.report.parse;

import cn.gongkai.report.model.Identity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table under recovery: values by {row, column}, null where not (yet) known. */
final class Grid {

    final @Nullable Long[][] cells;
    final List<Identity> identities;

    Grid(int rows, int columns, List<Identity> identities) {
        this.cells = new Long[rows][columns];
        this.identities = identities;
    }

    @Nullable Long get(int[] at) {
        return cells[at[0]][at[1]];
    }

    /**
     * Whether every identity touching row {@code r} can still hold: fully known ones must balance,
     * partly known ones must not have known parts exceeding a fully known other side (cells are
     * never negative).
     */
    boolean consistent(int r) {
        for (Identity id : identities) {
            if (!touches(id, r)) {
                continue;
            }
            long[] left = sum(id.left());
            long[] right = sum(id.right());
            boolean leftFull = left[1] == 0;
            boolean rightFull = right[1] == 0;
            if (leftFull && rightFull && left[0] != right[0]) {
                return false;
            }
            if (!leftFull && rightFull && left[0] > right[0]) {
                return false;
            }
            if (leftFull && !rightFull && right[0] > left[0]) {
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
            for (Identity id : identities) {
                long[] left = sum(id.left());
                long[] right = sum(id.right());
                if (left[1] > 0 && right[1] == 0) {
                    int fixed = fix(id.left(), right[0] - left[0], left[1], r, allowed);
                    if (fixed < 0) {
                        return false;
                    }
                    progress |= fixed > 0;
                } else if (right[1] > 0 && left[1] == 0) {
                    int fixed = fix(id.right(), left[0] - right[0], right[1], r, allowed);
                    if (fixed < 0) {
                        return false;
                    }
                    progress |= fixed > 0;
                }
            }
        }
        return true;
    }

    /** Sets the unknowns of one side whose sum must be {@code remaining}; -1 if impossible. */
    private int fix(List<int[]> side, long remaining, long unknowns, int r, boolean[] allowed) {
        if (remaining < 0) {
            return -1;
        }
        if (unknowns != 1 && remaining != 0) {
            return 0;
        }
        int fixed = 0;
        for (int[] at : side) {
            if (get(at) == null && at[0] == r && allowed[at[1]]) {
                cells[at[0]][at[1]] = unknowns == 1 ? remaining : 0L;
                fixed++;
            }
        }
        return fixed;
    }

    private static boolean touches(Identity id, int r) {
        for (int[] at : id.left()) {
            if (at[0] == r) {
                return true;
            }
        }
        for (int[] at : id.right()) {
            if (at[0] == r) {
                return true;
            }
        }
        return false;
    }

    /** {known sum, unknown count}. */
    private long[] sum(List<int[]> cellsAt) {
        long sum = 0;
        long unknown = 0;
        for (int[] at : cellsAt) {
            Long v = get(at);
            if (v == null) {
                unknown++;
            } else {
                sum += v;
            }
        }
        return new long[] {sum, unknown};
    }
}
