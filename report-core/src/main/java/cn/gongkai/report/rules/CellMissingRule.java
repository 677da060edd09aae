package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

/** CELL-MISSING: a cell is blank, or a row has fewer numbers than columns and they cannot be placed. */
final class CellMissingRule implements Rule {

    @Override
    public String code() {
        return Codes.CELL_MISSING;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "单元格空白，或某行数字少于列数且无法唯一确定";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        for (SourceMap.CellNote note : context.sourceMap().cellNotes()) {
            if (note.inferred()) {
                continue;
            }
            String where = "表" + note.table() + Names.row(note.table(), note.row());
            String columns = note.columns().isEmpty() ? ""
                    : "（" + String.join("、", note.columns().stream().map(c -> Names.column(note.table(), c)).toList()) + "）";
            out.add(Diagnostic.warning(code(), where + columns + "：" + note.note() + "，按未知处理",
                    Location.cell(note.line(), note.table(), note.table(), note.row(),
                            note.columns().size() == 1 ? note.columns().get(0) : null)));
        }
    }
}
