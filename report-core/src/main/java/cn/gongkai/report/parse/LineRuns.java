package cn.gongkai.report.parse;

import java.util.Arrays;

/**
 * Which source line each character of a flattened text came from, stored as runs: the offset where
 * a line's characters begin and the line's number, one entry per line instead of one int per character.
 */
final class LineRuns {

    private int[] starts = new int[64];
    private int[] lines = new int[64];
    private int size;

    /** Character {@code offset} of the text comes from {@code line}; offsets are marked in increasing order. */
    void mark(int offset, int line) {
        if (size > 0 && lines[size - 1] == line) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        starts[size] = offset;
        lines[size] = line;
        size++;
    }

    /** The line of character {@code offset} (an offset inside the text; before the first run: the first line). */
    int lineOf(int offset) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return size == 0 ? 1 : lines[lo];
    }
}
