package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

/** OLD-TEMPLATE: the report uses labels of the format from before 2021 (facts §1.10). */
final class OldTemplateRule implements Rule {

    /** The 2021 format was issued on 2021-09-29 (国办公开办函〔2021〕30号): reports on 2020 and before used the 2019 one. */
    private static final int LAST_YEAR_OF_2019_FORMAT = 2020;

    @Override
    public String code() {
        return Codes.OLD_TEMPLATE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "使用了 2021 年以前的旧年报格式";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        List<SourceMap.Mention> markers = context.sourceMap().oldTemplateMarkers();
        if (markers.isEmpty()) {
            return;
        }
        SourceMap.Mention first = markers.get(0);
        Integer year = context.report().year();
        if (year != null && year <= LAST_YEAR_OF_2019_FORMAT) {
            // The 2021 format (issued 2021-09-29, facts §1.1) governs the reports on 2021 onwards: a 2019 or 2020
            // report in the 2019 trial format (国办公开办函〔2019〕60号) was right then. Said, not blamed.
            out.add(Diagnostic.info(code(), "本报告为 " + year + " 年度，使用 2019 年试行的年报格式（出现“" + first.text() + "”等 "
                    + markers.size() + " 处标志），符合当年规定；表二的栏目与 2021 年格式不同，按未知处理", Location.line(first.line())));
            return;
        }
        out.add(Diagnostic.warning(code(), "使用了旧版年报格式（出现“" + first.text() + "”等 " + markers.size()
                + " 处旧格式标志）；应使用国办公开办函〔2021〕30号印发的格式。表二按旧格式无法对应，按未知处理", Location.line(first.line())));
    }
}
