package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.Section;
import java.util.List;

/** SECTION-MISSING: one of the six sections of the national format (Art. 50) is absent. */
final class SectionMissingRule implements Rule {

    @Override
    public String code() {
        return Codes.SECTION_MISSING;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "缺少国家格式规定的六个部分之一";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        if (!context.sourceMap().fromSource()) {
            return;
        }
        for (Section s : context.sourceMap().requiredSections()) {
            Integer table = context.sourceMap().tableLine(s);
            if (context.sourceMap().sectionLine(s) == null && table != null) {
                // The copy kept the table and lost the heading: the figures are read, the heading is still owed.
                out.add(Diagnostic.error(code(), "缺少第" + s.numeral() + "部分的标题“" + s.heading()
                        + "”（《条例》第五十条、国家年报格式）；该部分的表格按表头从第 " + table + " 行读出，请补上标题",
                        Location.section(table, s.numeral())));
            } else if (context.sourceMap().sectionLine(s) == null) {
                out.add(Diagnostic.error(code(), "缺少第" + s.numeral() + "部分“" + s.heading() + "”（《条例》第五十条、国家年报格式）",
                        Location.section(null, s.numeral())));
            }
        }
        List<Section> missing = context.sourceMap().missingSections();
        if (context.sourceMap().truncated()) {
            String parts = missing.isEmpty() ? "读出的部分中六个部分齐全，但文件末尾的内容可能缺失"
                    : "缺少第" + String.join("、", missing.stream().map(Section::numeral).toList()) + "部分";
            out.add(Diagnostic.warning(Codes.REPORT_INCOMPLETE, "报告不完整：PDF 文件缺少文件结尾标记 %%EOF，在下载或复制时被截断，"
                    + "已读出能读的部分；" + parts + "；缺少部分的数字按未知处理（不按 0 计）。请取得完整文件后重新检查",
                    Location.NOWHERE));
        } else if (!missing.isEmpty()) {
            // A capture cut short (or a report that leaves parts out): say once what is missing, and
            // that its figures are unknown, not zero.
            String parts = String.join("、", missing.stream().map(Section::numeral).toList());
            out.add(Diagnostic.warning(Codes.REPORT_INCOMPLETE, "报告不完整：缺少第" + parts + "部分；缺少部分的数字按未知处理（不按 0 计）。"
                    + "若是网页抓取或复制时中断，请取得完整报告后重新检查", Location.NOWHERE));
        } else if (context.sourceMap().cutMidSentence()) {
            String last = java.util.Objects.requireNonNullElse(context.sourceMap().lastTextLine(), "");
            out.add(Diagnostic.warning(Codes.REPORT_INCOMPLETE, "报告可能不完整：正文在句子中间结束（“…"
                    + last.substring(Math.max(0, last.length() - 12)) + "”），后面没有落款；若是网页抓取或复制时中断，"
                    + "请取得完整报告后重新检查", Location.NOWHERE));
        }
    }
}
