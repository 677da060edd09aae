package cn.gongkai.report.rules;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import org.jspecify.annotations.Nullable;

/** Chinese names for the row and column ids of locations, so messages read as the table does. */
final class Names {

    private static final java.util.Map<String, String> PROACTIVE = java.util.Map.of(
            "rules", "规章", "normativeDocuments", "行政规范性文件", "licensing", "行政许可", "penalty", "行政处罚",
            "coerciveMeasure", "行政强制", "administrativeFees", "行政事业性收费", "issued", "本年制发件数",
            "repealed", "本年废止件数", "inForce", "现行有效件数", "decisions", "本年处理决定数量");

    /**
     * The names of 表三's rows and columns and 表四's columns by id, looked up once: the messages of CELL-INFERRED
     * and CELL-MISSING name every cell, and a one-line report has a note for each of 表三's 25 rows.
     */
    private static final java.util.Map<String, String> T3_ROWS = new java.util.HashMap<>();
    private static final java.util.Map<String, String> T3_COLUMNS = new java.util.HashMap<>();
    private static final java.util.Map<String, String> T4_COLUMNS = new java.util.HashMap<>();

    static {
        for (RequestRow r : RequestRow.values()) {
            T3_ROWS.putIfAbsent(r.id(), "“" + r.displayName() + "”行");
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            T3_COLUMNS.putIfAbsent(c.id(), c.label());
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            for (int i = 0; i < ReviewOutcomes.COLUMN_IDS.size(); i++) {
                T4_COLUMNS.putIfAbsent(g.id() + "." + ReviewOutcomes.COLUMN_IDS.get(i),
                        g.label() + "·" + ReviewOutcomes.COLUMN_LABELS.get(i));
            }
        }
    }

    private Names() {
    }

    static String row(String table, @Nullable String rowId) {
        if (rowId == null) {
            return "";
        }
        if (table.equals("三")) {
            String known = T3_ROWS.get(rowId);
            if (known != null) {
                return known;
            }
            for (RequestRow r : RequestRow.values()) {
                if (r.id().equals(rowId)) {
                    return "“" + r.displayName() + "”行";
                }
            }
        }
        return "“" + PROACTIVE.getOrDefault(rowId, rowId) + "”行";
    }

    static String column(String table, String columnId) {
        if (table.equals("三")) {
            String known = T3_COLUMNS.get(columnId);
            if (known != null) {
                return known;
            }
            for (ApplicantColumn c : ApplicantColumn.values()) {
                if (c.id().equals(columnId)) {
                    return c.label();
                }
            }
        }
        if (table.equals("四") && columnId.contains(".")) {
            String known = T4_COLUMNS.get(columnId);
            if (known != null) {
                return known;
            }
            String[] parts = columnId.split("\\.");
            for (ReviewGroup g : ReviewGroup.values()) {
                if (g.id().equals(parts[0])) {
                    return g.label() + "·" + ReviewOutcomes.COLUMN_LABELS.get(ReviewOutcomes.COLUMN_IDS.indexOf(parts[1]));
                }
            }
        }
        return PROACTIVE.getOrDefault(columnId, columnId);
    }
}
