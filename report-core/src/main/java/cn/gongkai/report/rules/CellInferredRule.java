package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

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

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        for (SourceMap.CellNote note : context.sourceMap().cellNotes()) {
            if (!note.inferred()) {
                continue;
            }
            // One builder for the message (a one-line report has a note for each of 表三's rows, seven cells each).
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
}
