package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

/** LABEL-DEVIATION: a row label differs from the official wording of the 2021 format. */
final class LabelDeviationRule implements Rule {

    @Override
    public String code() {
        return Codes.LABEL_DEVIATION;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "行标签与国家格式的规范表述不一致";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        for (SourceMap.LabelNote note : context.sourceMap().labelDeviations()) {
            out.add(Diagnostic.warning(code(), "表" + note.table() + " 行标签“" + note.found() + "”与国家格式“"
                    + note.official() + "”不一致", Location.cell(note.line(), note.table(), note.table(), note.row(), null)));
        }
    }
}
