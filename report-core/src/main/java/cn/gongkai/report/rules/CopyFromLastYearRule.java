package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * COPY-FROM-LAST-YEAR (cross-year, needs the previous report of the same organ): paragraphs of sections
 * 一, 五 and 六 identical to a paragraph of the same section last year, white space and year numbers left
 * out (a paragraph copied with only “2024年” changed to “2025年” is still copied). The format's
 * responsibility clause on 内容雷同 (facts §1.2, §7 E3). Paragraphs shorter than
 * {@link CheckerConfig#copyMinChars()} (such as “无。”) do not count. One warning per section.
 */
final class CopyFromLastYearRule implements Rule {

    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?=\\s*年)");

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
        for (Section s : List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS)) {
            Set<String> before = paragraphs(previous.sectionText(s), context.config().copyMinChars());
            if (before.isEmpty()) {
                continue;
            }
            int same = 0;
            int total = 0;
            String first = null;
            String text = context.report().sectionText(s);
            for (String p : text == null ? new String[0] : text.split("\n")) {
                String key = key(p);
                if (key.length() < context.config().copyMinChars()) {
                    continue;
                }
                total++;
                if (before.contains(key)) {
                    same++;
                    first = first == null ? p.strip() : first;
                }
            }
            if (same > 0) {
                String year = previous.year() == null ? "上年" : " " + previous.year() + " 年";
                out.add(Diagnostic.warning(code(), "第" + s.numeral() + "部分“" + s.title() + "”有 " + same + " 段（共 " + total
                        + " 段）与" + year + "报告相同，例如“" + excerpt(first) + "”。请按本年实际情况撰写",
                        Location.section(context.sourceMap().sectionLine(s), s.numeral())));
            }
        }
    }

    private static Set<String> paragraphs(@Nullable String text, int minChars) {
        Set<String> out = new HashSet<>();
        if (text != null) {
            for (String p : text.split("\n")) {
                String key = key(p);
                if (key.length() >= minChars) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    private static String key(String paragraph) {
        return YEAR.matcher(WHITE.matcher(paragraph).replaceAll("")).replaceAll("#");
    }

    private static String excerpt(String s) {
        return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
    }
}
