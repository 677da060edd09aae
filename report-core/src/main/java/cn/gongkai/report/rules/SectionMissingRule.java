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
        for (Section s : Section.values()) {
            if (context.sourceMap().sectionLine(s) == null) {
                out.add(Diagnostic.error(code(), "缺少第" + s.numeral() + "部分“" + s.heading() + "”（《条例》第五十条、国家年报格式）",
                        Location.section(null, s.numeral())));
            }
        }
    }
}
