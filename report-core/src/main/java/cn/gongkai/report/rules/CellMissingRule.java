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
            StringBuilder message = new StringBuilder(48).append('表').append(note.table())
                    .append(Names.row(note.table(), note.row()));
            if (!note.columns().isEmpty()) {
                message.append('（');
                for (int i = 0; i < note.columns().size(); i++) {
                    message.append(i > 0 ? "、" : "").append(Names.column(note.table(), note.columns().get(i)));
                }
                message.append('）');
            }
            message.append('：').append(note.note()).append("，按未知处理");
            out.add(Diagnostic.warning(code(), message.toString(),
                    Location.cell(note.line(), note.table(), note.table(), note.row(),
                            note.columns().size() == 1 ? note.columns().get(0) : null)));
        }
    }
}
