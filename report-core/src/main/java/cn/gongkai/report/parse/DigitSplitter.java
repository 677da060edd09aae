package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits digits written together ("8720000190", crawler text that lost every cell separator) into
 * the cells of one table row, keeping only splits under which the row's own sums hold.
 *
 * <p>A row is a sequence of sum groups: in a group of size m ≥ 2 the last cell is the sum of the
 * m − 1 before it (表三: six applicant columns and 总计; 表四: 维持, 纠正, 其他, 尚未审结 and 总计); a
 * group of size 1 is a free cell. A group's total is never branched on: it must be written next as
 * exactly the sum, so the search is a depth-first walk over the free cells' lengths only, bounded by
 * {@link #MAX_STEPS} steps and {@link #MAX_CANDIDATES} results. When a bound is hit the outcome says
 * so and the caller leaves the row unknown: a bound never picks a split.
 *
 * <p>A token boundary (a space or tab the source did keep) is a cell boundary; a written number has
 * no leading zero and at most {@link #MAX_DIGITS} digits.
 */
final class DigitSplitter {

    static final int MAX_STEPS = 200_000;
    static final int MAX_CANDIDATES = 64;
    static final int MAX_DIGITS = 6;

    /** The splits found (each one value per cell), and whether a bound stopped the search. */
    record Outcome(List<long[]> candidates, boolean capped) {
    }

    private final String digits;
    /** For each offset: true when a token ends there (a cell must end there too). */
    private final boolean[] boundary;
    private final int[] groupOf;
    private final boolean[] isTotal;
    private final int cells;
    private final long[] values;
    private final List<long[]> out = new ArrayList<>();
    /** First cell of the row's last group when that group has a total (the row's last cell), else -1. */
    private final int lastGroupStart;
    /** While the last group is walked: its total (the number written at the end of the row) and where it begins. */
    private long target = -1;
    private int limit;
    private int steps;
    private boolean capped;

    private DigitSplitter(List<String> runs, int[] groups) {
        StringBuilder sb = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        for (String r : runs) {
            sb.append(r);
            ends.add(sb.length());
        }
        digits = sb.toString();
        boundary = new boolean[digits.length() + 1];
        for (int e : ends) {
            boundary[e] = true;
        }
        int n = 0;
        for (int g : groups) {
            n += g;
        }
        cells = n;
        groupOf = new int[n];
        isTotal = new boolean[n];
        int c = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < groups[g]; i++) {
                groupOf[c] = g;
                isTotal[c] = groups[g] >= 2 && i == groups[g] - 1;
                c++;
            }
        }
        values = new long[n];
        int last = groups.length == 0 ? 0 : groups[groups.length - 1];
        lastGroupStart = last >= 2 ? n - last : -1;
        limit = digits.length();
    }

    /**
     * @param runs   the digit strings of the row, in order
     * @param groups sizes of the row's consecutive sum groups (they add up to the number of cells)
     */
    static Outcome split(List<String> runs, int[] groups) {
        DigitSplitter s = new DigitSplitter(runs, groups);
        if (s.digits.length() < s.cells || s.digits.length() > s.cells * MAX_DIGITS) {
            return new Outcome(List.of(), false);
        }
        s.walk(0, 0, 0);
        return new Outcome(s.out, s.capped);
    }

    private void walk(int cell, int pos, long groupSum) {
        if (capped) {
            return;
        }
        if (++steps > MAX_STEPS) {
            capped = true;
            return;
        }
        if (cell == cells) {
            if (pos == digits.length()) {
                if (out.size() == MAX_CANDIDATES) {
                    capped = true;
                    return;
                }
                out.add(values.clone());
            }
            return;
        }
        int left = cells - cell;
        int remaining = digits.length() - pos;
        if (remaining < left || remaining > left * MAX_DIGITS) {
            return;
        }
        if (cell == lastGroupStart && target < 0) {
            walkLastGroup(cell, pos);
            return;
        }
        boolean closesGroup = cell + 1 == cells || groupOf[cell + 1] != groupOf[cell];
        if (isTotal[cell]) {
            String sum = Long.toString(groupSum);
            int end = pos + sum.length();
            if ((target < 0 || pos == limit) && digits.startsWith(sum, pos) && noTokenCrossed(pos, end)) {
                values[cell] = groupSum;
                walk(cell + 1, end, 0);
            }
            return;
        }
        for (int end = pos + 1; end <= limit && end - pos <= MAX_DIGITS; end++) {
            if (end - pos > 1 && digits.charAt(pos) == '0') {
                break; // a written number has no leading zero
            }
            if (!noTokenCrossed(pos, end)) {
                break;
            }
            long v = Long.parseLong(digits, pos, end, 10);
            if (target >= 0 && groupSum + v > target) {
                break; // more digits only make v larger: the group can no longer add up to its total
            }
            values[cell] = v;
            walk(cell + 1, end, closesGroup ? 0 : groupSum + v);
            if (boundary[end]) {
                break; // the token ends here: the next cell starts a new token
            }
        }
    }

    /**
     * The last group's total is the number the row ends with: each of its possible lengths fixes it, so
     * the group's free cells are walked against a known sum (a partial sum above it ends a branch)
     * instead of being enumerated and compared at the end. The same splits as the plain walk, found in
     * far fewer steps; each split has one total length, so none is found twice.
     */
    private void walkLastGroup(int cell, int pos) {
        int free = cells - cell - 1;
        for (int length = 1; length <= MAX_DIGITS && !capped; length++) {
            int start = digits.length() - length;
            if (start - pos < free || start - pos > free * MAX_DIGITS) {
                continue;
            }
            if (length > 1 && digits.charAt(start) == '0' || !noTokenCrossed(start, digits.length())) {
                continue;
            }
            target = Long.parseLong(digits, start, digits.length(), 10);
            limit = start;
            walk(cell, pos, 0);
        }
        target = -1;
        limit = digits.length();
    }

    /** True when no token ends strictly inside (from, to): a cell never spans two written tokens. */
    private boolean noTokenCrossed(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (boundary[i]) {
                return false;
            }
        }
        return true;
    }
}
