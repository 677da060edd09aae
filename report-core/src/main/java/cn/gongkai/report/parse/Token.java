package cn.gongkai.report.parse;

import org.jspecify.annotations.Nullable;

/**
 * A value found in a table region: a number as written, or an explicit blank placeholder
 * ("—", "/", "-") that stands for a cell left empty. {@code pos} is the offset in the region's
 * label text at which it occurred, which places it between two row labels.
 */
record Token(@Nullable String number, int line, int pos) {

    boolean isBlank() {
        return number == null;
    }
}
