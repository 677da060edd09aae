package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.ApplicantColumn;
import java.util.List;

/** T3-MISSING-COLUMN: the header of 表三 lacks one of its seven columns; that column is unknown. */
final class T3MissingColumnRule implements Rule {

    @Override
    public String code() {
        return Codes.T3_MISSING_COLUMN;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "表三表头缺少七列之一（如“其他”）";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        for (ApplicantColumn c : context.sourceMap().missingColumns()) {
            out.add(Diagnostic.error(code(), "表三缺少“" + c.label() + "”列；国家格式共 7 列，该列所有单元格按未知处理，请补上此列",
                    Location.cell(context.sourceMap().requestHeaderLine(), "三", "三", null, c.id())));
        }
    }
}
