package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

/** YEAR-MISMATCH: the report year disagrees with its title, opening statement, section 一 or date. */
final class YearMismatchRule implements Rule {

    @Override
    public String code() {
        return Codes.YEAR_MISMATCH;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "报告年度与标题、开头说明、正文或发布日期不一致";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        AnnualReport r = context.report();
        if (r.year() == null) {
            if (context.sourceMap().fromSource()) {
                // Unknown is not wrong: without a year there is nothing to disagree with.
                out.add(Diagnostic.info(Codes.NOT_CHECKED, "无法确定报告年度（标题和正文中都没有写明年份），年度一致性未核对",
                        Location.line(context.sourceMap().titleLine())));
            }
            return;
        }
        int year = r.year();
        for (SourceMap.YearMention m : context.sourceMap().yearMentions()) {
            if (m.year() != year) {
                out.add(Diagnostic.error(code(), "报告年度为 " + year + " 年，但" + m.where() + "写的是 " + m.year() + " 年",
                        Location.line(m.line())));
            }
        }
        if (r.publishedOn() != null && r.publishedOn().getYear() <= year) {
            SourceMap.Signature s = context.sourceMap().signature();
            out.add(Diagnostic.error(code(), "发布日期 " + r.publishedOn() + " 早于 " + year + " 年度结束，年度或日期有误",
                    Location.section(s == null ? null : s.line(), "六")));
        }
    }
}
