package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.parse.SourceMap;
import java.time.LocalDate;
import java.util.List;

/** LATE-PUBLICATION: dated after the deadline for the organ's kind (Art. 49; configurable). */
final class LatePublicationRule implements Rule {

    @Override
    public String code() {
        return Codes.LATE_PUBLICATION;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "发布日期晚于该类机关的年报发布期限（县级以上政府及其部门：《条例》第四十九条；乡镇、街道：本地规定；可配置）";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        AnnualReport r = context.report();
        SourceMap.Signature s = context.sourceMap().signature();
        Integer line = s == null ? null : s.line();
        if (r.publishedOn() == null || r.year() == null) {
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "没有发布日期或报告年度，无法核对是否按时发布", Location.section(line, "六")));
            return;
        }
        if (context.sourceMap().legacyFormat()) {
            // A report before 2019: the 2008 Regulation, Art. 31, gave every organ until 31 March.
            LocalDate deadline = LocalDate.of(r.year() + 1, 3, 31);
            if (r.publishedOn().isAfter(deadline)) {
                out.add(Diagnostic.warning(code(), "发布日期 " + r.publishedOn() + " 晚于年报发布期限 " + deadline
                        + "（2008 年《条例》第三十一条：每年 3 月 31 日前公布）", Location.section(line, "六")));
            }
            return;
        }
        LocalDate deadline = context.config().deadline(r.organKind(), r.year());
        if (r.publishedOn().isAfter(deadline)) {
            out.add(Diagnostic.warning(code(), "发布日期 " + r.publishedOn() + " 晚于" + kindName(r) + "年报发布期限 "
                    + deadline + "（" + context.config().basis(r.organKind()) + "）", Location.section(line, "六")));
        }
    }

    private static String kindName(AnnualReport r) {
        return switch (r.organKind()) {
            case COUNTY -> "本级政府";
            case TOWNSHIP -> "乡镇";
            case SUBDISTRICT -> "街道";
            case DEPARTMENT -> "政府部门";
            case OTHER -> "";
        };
    }
}
