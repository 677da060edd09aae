package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.Section;
import java.math.BigDecimal;
import java.util.List;

/**
 * FEES-UNEXPLAINED: 表二 states 行政事业性收费 above 0 and section 六 (其他需要报告的事项) says nothing about
 * fees (no “费”). The format asks section 六 to report the fees charged (the information-processing
 * fee under 国办函〔2020〕109号 in particular); a reader of a report with fees in its table looks there.
 */
final class FeesUnexplainedRule implements Rule {

    @Override
    public String code() {
        return Codes.FEES_UNEXPLAINED;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "表二收费金额大于 0，第六部分未说明收费情况";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        BigDecimal fees = context.report().proactive().administrativeFees();
        if (fees == null || fees.signum() <= 0) {
            return;
        }
        String other = context.report().sectionText(Section.OTHER_MATTERS);
        if (other != null && other.contains("费")) {
            return;
        }
        if (other == null) {
            // No section 六 was read (a capture cut short, or the part left out: SECTION-MISSING says which): what it
            // says about fees is unknown, not silent.
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "未读到第六部分“其他需要报告的事项”，表二收费 " + fees.toPlainString()
                    + " 万元是否有说明未核对", Location.section(context.sourceMap().proactiveRowLine("administrativeFees"), "二")));
            return;
        }
        Integer line = context.sourceMap().sectionLine(Section.OTHER_MATTERS);
        out.add(Diagnostic.warning(code(), "表二“行政事业性收费”为 " + fees.toPlainString()
                + " 万元，但第六部分“其他需要报告的事项”没有说明收费情况。请说明收费（含信息处理费）的依据和金额",
                Location.section(line != null ? line : context.sourceMap().proactiveRowLine("administrativeFees"),
                        "六")));
    }
}
