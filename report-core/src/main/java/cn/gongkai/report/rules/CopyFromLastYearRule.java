package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import java.util.List;
import java.util.Set;

/**
 * COPY-FROM-LAST-YEAR (cross-year, needs the previous report of the same organ): paragraphs of sections
 * 一, 五 and 六 identical to a paragraph of the same section last year, white space and year numbers left
 * out (a paragraph copied with only “2024年” changed to “2025年” is still copied). The format's
 * responsibility clause on 内容雷同 (facts §1.2, §7 E3). Paragraphs shorter than
 * {@link CheckerConfig#copyMinChars()} (such as “无。”) do not count. One warning per section.
 */
final class CopyFromLastYearRule implements Rule {

    @Override
    public String code() {
        return Codes.COPY_FROM_LAST_YEAR;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "跨年度：第一、五、六部分有段落与上年报告相同（内容雷同）";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        AnnualReport previous = context.previous();
        if (previous == null) {
            return;
        }
        for (Section s : CopiedParagraphs.SECTIONS) {
            Set<String> before = CopiedParagraphs.keys(previous.sectionText(s), context.config().copyMinChars());
            if (before.isEmpty()) {
                continue;
            }
            List<String> now = CopiedParagraphs.paragraphs(context.report().sectionText(s), context.config().copyMinChars());
            List<String> same = now.stream().filter(p -> before.contains(CopiedParagraphs.key(p))).toList();
            if (!same.isEmpty()) {
                String year = previous.year() == null ? "上年" : " " + previous.year() + " 年";
                out.add(Diagnostic.warning(code(), "第" + s.numeral() + "部分“" + s.title() + "”有 " + same.size() + " 段（共 "
                        + now.size() + " 段）与" + year + "报告相同，例如“" + excerpt(same.get(0)) + "”。请按本年实际情况撰写",
                        Location.section(context.sourceMap().sectionLine(s), s.numeral())));
            }
        }
    }

    private static String excerpt(String s) {
        return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
    }
}
