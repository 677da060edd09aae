package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;

/** SIGNATURE-MISSING: no issuing organ and date (落款) at the end of the report. */
final class SignatureMissingRule implements Rule {

    @Override
    public String code() {
        return Codes.SIGNATURE_MISSING;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "报告末尾没有落款（发布机关和日期）";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        if (!context.sourceMap().fromSource()) {
            return;
        }
        SourceMap.Signature s = context.sourceMap().signature();
        Integer six = context.sourceMap().sectionLine(cn.gongkai.report.model.Section.OTHER_MATTERS);
        List<cn.gongkai.report.model.Section> missing = context.sourceMap().missingSections();
        if (s == null && (context.sourceMap().truncated() || context.sourceMap().cutMidSentence()
                || missing.contains(cn.gongkai.report.model.Section.OTHER_MATTERS)
                || !missing.isEmpty() && context.sourceMap().stopsMidSentence())) {
            // The text stops before its last part (a capture cut short): where the signature would be was not read, so
            // its absence is not known (REPORT-INCOMPLETE already says what is missing).
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "报告不完整，末尾的落款（发布机关和日期）未核对", Location.section(six, "六")));
        } else if (s == null) {
            out.add(Diagnostic.warning(code(), "报告末尾没有落款：应写明发布机关和成文日期（如“米易县××镇人民政府 2026年1月15日”）",
                    Location.section(six, "六")));
        } else if (s.organ() == null) {
            out.add(Diagnostic.warning(code(), "落款只有日期 " + s.date() + "，缺少发布机关名称", Location.section(s.line(), "六")));
        }
    }
}
