package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

/** OLD-TEMPLATE: the report uses labels of the format from before 2021 (facts §1.10). */
final class OldTemplateRule implements Rule {

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
        out.add(Diagnostic.warning(code(), "使用了旧版年报格式（出现“" + first.text() + "”等 " + markers.size()
                + " 处旧格式标志）；应使用国办公开办函〔2021〕30号印发的格式。表二按旧格式无法对应，按未知处理", Location.line(first.line())));
    }
}
