package cn.gongkai.report.diagnostic;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding is: as much as is known. {@code line} is 1-based in the decoded source text
 * (for PDF and DOCX, in the text extracted from them); {@code section} is the section's Chinese
 * ordinal (一…六); {@code table} is 二, 三 or 四; {@code row} and {@code column} are the ids of the
 * JSON contract.
 */
public record Location(@Nullable Integer line, @Nullable String section, @Nullable String table,
        @Nullable String row, @Nullable String column) {

    public static final Location NOWHERE = new Location(null, null, null, null, null);

    /**
     * Orders by line (unknown last), then section, table, row and column (unknown first). Written out
     * rather than chained {@code Comparator}s: diagnostics are sorted on every check, and the chain of
     * key extractors and boxed comparisons cost several percent of a one-line report's check.
     */
    public static final Comparator<Location> ORDER = Location::compare;

    private static int compare(Location a, Location b) {
        int c = a.line == null ? (b.line == null ? 0 : 1) : b.line == null ? -1 : Integer.compare(a.line, b.line);
        if (c == 0) {
            c = nullsFirst(a.section, b.section);
        }
        if (c == 0) {
            c = nullsFirst(a.table, b.table);
        }
        if (c == 0) {
            c = nullsFirst(a.row, b.row);
        }
        return c != 0 ? c : nullsFirst(a.column, b.column);
    }

    private static int nullsFirst(@Nullable String a, @Nullable String b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    public Location {
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line is 1-based: " + line);
        }
    }

    public static Location line(@Nullable Integer line) {
        return new Location(line, null, null, null, null);
    }

    public static Location section(@Nullable Integer line, String section) {
        return new Location(line, section, null, null, null);
    }

    public static Location cell(@Nullable Integer line, String section, String table, @Nullable String row,
            @Nullable String column) {
        return new Location(line, section, table, row, column);
    }

    /** A short Chinese description, e.g. “第 57 行 表三 handledTotal/total”. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (line != null) {
            sb.append("第 ").append(line).append(" 行");
        }
        if (table != null) {
            sb.append(sb.isEmpty() ? "" : " ").append("表").append(table);
        } else if (section != null) {
            sb.append(sb.isEmpty() ? "" : " ").append("第").append(section).append("部分");
        }
        if (row != null) {
            sb.append(' ').append(row);
            if (column != null) {
                sb.append('/').append(column);
            }
        } else if (column != null) {
            sb.append(' ').append(column);
        }
        return sb.toString();
    }
}
