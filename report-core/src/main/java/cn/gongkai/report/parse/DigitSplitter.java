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

    /** The row's digits, each as its value 0–9. */
    private final byte[] digits;
    /** False when a run holds anything but ASCII digits: there is nothing to split. */
    private boolean onlyDigits = true;
    /** For each offset: true when a token ends there (a cell must end there too). */
    private final boolean[] boundary;
    private final int[] groupOf;
    private final boolean[] isTotal;
    private final int cells;
    private final long[] values;
    private final List<long[]> out = new ArrayList<>(2);
    /** First cell of the row's last group when that group has a total (the row's last cell), else -1. */
    private final int lastGroupStart;
    /** While the last group is walked: its total (the number written at the end of the row) and where it begins. */
    private long target = -1;
    private int limit;
    private int steps;
    private boolean capped;

    private DigitSplitter(List<String> runs, int[] groups) {
        int length = 0;
        for (String r : runs) {
            length += r.length();
        }
        digits = new byte[length];
        boundary = new boolean[length + 1];
        int at = 0;
        for (String r : runs) {
            for (int i = 0; i < r.length(); i++) {
                char d = r.charAt(i);
                onlyDigits &= d >= '0' && d <= '9';
                digits[at++] = (byte) (d - '0');
            }
            boundary[at] = true;
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
        limit = length;
    }

    /**
     * @param runs   the digit strings of the row, in order
     * @param groups sizes of the row's consecutive sum groups (they add up to the number of cells)
     */
    static Outcome split(List<String> runs, int[] groups) {
        DigitSplitter s = new DigitSplitter(runs, groups);
        if (!s.onlyDigits || s.digits.length < s.cells || s.digits.length > s.cells * MAX_DIGITS) {
            return new Outcome(List.of(), false);
        }
        if (s.digits.length == s.cells) {
            s.oneDigitEach();
        } else {
            s.walk(0, 0, 0);
        }
        return new Outcome(s.out, s.capped);
    }

    /**
     * As many digits as cells (most rows of a small organ's 表三: 3100004): every cell is one digit, the only cut
     * the walk could find; it is a split when each group's total is the sum of the cells before it.
     */
    private void oneDigitEach() {
        long sum = 0;
        for (int c = 0; c < cells; c++) {
            values[c] = digits[c];
            if (isTotal[c]) {
                if (digits[c] != sum) {
                    return;
                }
                sum = 0;
            } else {
                boolean closesGroup = c + 1 == cells || groupOf[c + 1] != groupOf[c];
                sum = closesGroup ? 0 : sum + digits[c];
            }
        }
        out.add(values.clone());
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
            if (pos == digits.length) {
                if (out.size() == MAX_CANDIDATES) {
                    capped = true;
                    return;
                }
                out.add(values.clone());
            }
            return;
        }
        int left = cells - cell;
        int remaining = digits.length - pos;
        if (remaining < left || remaining > left * MAX_DIGITS) {
            return;
        }
        if (cell == lastGroupStart && target < 0) {
            walkLastGroup(cell, pos);
            return;
        }
        boolean closesGroup = cell + 1 == cells || groupOf[cell + 1] != groupOf[cell];
        if (isTotal[cell]) {
            // The total must be written next, as exactly the group's sum: its digit count, then its value.
            int end = pos + digitCount(groupSum);
            if ((target < 0 || pos == limit) && end <= digits.length && value(pos, end) == groupSum
                    && noTokenCrossed(pos, end)) {
                values[cell] = groupSum;
                walk(cell + 1, end, 0);
            }
            return;
        }
        long v = 0;
        for (int end = pos + 1; end <= limit && end - pos <= MAX_DIGITS; end++) {
            if (end - pos > 1 && digits[pos] == 0) {
                break; // a written number has no leading zero
            }
            if (end - pos > 1 && boundary[end - 1]) {
                break; // a token ended inside: a cell never spans two written tokens
            }
            v = v * 10 + digits[end - 1];
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

    private long value(int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + digits[i];
        }
        return v;
    }

    private static int digitCount(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
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
            int start = digits.length - length;
            if (start - pos < free || start - pos > free * MAX_DIGITS) {
                continue;
            }
            if (length > 1 && digits[start] == 0 || !noTokenCrossed(start, digits.length)) {
                continue;
            }
            target = value(start, digits.length);
            limit = start;
            walk(cell, pos, 0);
        }
        target = -1;
        limit = digits.length;
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
