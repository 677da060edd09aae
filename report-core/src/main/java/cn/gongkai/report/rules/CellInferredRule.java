package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CELL-INFERRED: a missing value that the table's own identities fix unambiguously was filled. */
final class CellInferredRule implements Rule {

    @Override
    public String code() {
        return Codes.CELL_INFERRED;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "缺失的单元格由表内勾稽关系唯一确定，已补上";
    }

    /** From this many rows of one table split from digits written together, they are said once (a one-line report). */
    static final int GROUPED_SPLITS = 4;
    private static final String SPLIT = "数字连写为“";

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        Map<String, List<SourceMap.CellNote>> splits = new LinkedHashMap<>();
        for (SourceMap.CellNote note : context.sourceMap().cellNotes()) {
            if (isSplit(note)) {
                splits.computeIfAbsent(note.table(), t -> new ArrayList<>()).add(note);
            }
        }
        for (SourceMap.CellNote note : context.sourceMap().cellNotes()) {
            if (!note.inferred()) {
                continue;
            }
            List<SourceMap.CellNote> group = splits.get(note.table());
            // A split note is in its table's group by construction: no search of the group (records compare deeply).
            if (group != null && group.size() >= GROUPED_SPLITS && isSplit(note)) {
                if (group.get(0) == note) {
                    out.add(grouped(group));
                }
                continue;
            }
            // One builder for the message (a report may have a note for each of 表三's rows, seven cells each).
            StringBuilder message = new StringBuilder(64).append('表').append(note.table())
                    .append(Names.row(note.table(), note.row())).append('：').append(note.note()).append("；按勾稽关系唯一确定为 ");
            for (int i = 0; i < note.columns().size(); i++) {
                if (i > 0) {
                    message.append('、');
                }
                message.append(Names.column(note.table(), note.columns().get(i))).append(' ').append(note.values().get(i));
            }
            out.add(Diagnostic.info(code(), message.toString(),
                    Location.cell(note.line(), note.table(), note.table(), note.row(),
                            note.columns().size() == 1 ? note.columns().get(0) : null)));
        }
    }

    private static boolean isSplit(SourceMap.CellNote note) {
        return note.inferred() && note.row() != null && note.note().startsWith(SPLIT);
    }

    /**
     * A table whose rows were all written as runs of digits (a whole report on one line): said once, with the first
     * row's split as the example, at the first row — one note per row would bury the report's own diagnostics.
     */
    private Diagnostic grouped(List<SourceMap.CellNote> group) {
        SourceMap.CellNote first = group.get(0);
        String table = first.table();
        return Diagnostic.info(code(), "表" + table + "有 " + group.size() + " 行的数字连写、没有分隔，都按表内勾稽关系唯一拆分，如"
                + Names.row(table, first.row()) + "“" + first.note().substring(SPLIT.length(), first.note().indexOf('”'))
                + "”拆为 " + String.join("、", first.values()) + "；请与原件核对",
                Location.cell(first.line(), table, table, first.row(), null));
    }
}
