package cn.gongkai.report.parse;

import java.util.Arrays;

/** A growable list of ints without boxing, for the per-character line maps. */
final class IntList {

    private int[] values = new int[256];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
