package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.model.TemplateEdition;
import cn.gongkai.server.request.CaseFacts;
import cn.gongkai.server.request.RequestTableCompiler;
import cn.gongkai.server.request.ReviewCase;
import cn.gongkai.server.request.ReviewTableCompiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Puts a year's report together from what the platform knows and what the organ entered. Pure: the
 * same inputs give the same report, so its identities can be tested over random histories. Figures
 * not entered stay unknown and are listed as {@link Assembled#missing()}: they block publication.
 */
public final class ReportAssembler {

    /** The report and what is still missing before it can be published. */
    public record Assembled(AnnualReport report, List<String> missing) {
    }

    /** The facts the platform computes for section 一 and 六. */
    public record Facts(Map<String, Long> itemsByKind, long normativeIssued, long normativeRepealed, long normativeInForce,
            int feeNotices, long feeNoticedYuan, long feeReceivedYuan) {
    }

    private ReportAssembler() {
    }

    public static Assembled assemble(String organ, OrganKind kind, int year, ReportInputs in, Facts facts,
            Collection<CaseFacts> cases, Collection<ReviewCase> reviews) {
        List<String> missing = new ArrayList<>();
        ProactiveTable proactive = new ProactiveTable(
                new DocumentCounts(cell(in.rulesIssued(), "表二 规章 本年制发件数", missing),
                        cell(in.rulesRepealed(), "表二 规章 本年废止件数", missing),
                        cell(in.rulesInForce(), "表二 规章 现行有效件数", missing)),
                new DocumentCounts(Cell.of(facts.normativeIssued()), Cell.of(facts.normativeRepealed()),
                        Cell.of(facts.normativeInForce())),
                cell(in.licensing(), "表二 行政许可 本年处理决定数量", missing),
                cell(in.penalty(), "表二 行政处罚 本年处理决定数量", missing),
                cell(in.coerciveMeasure(), "表二 行政强制 本年处理决定数量", missing),
                in.feesWanYuan());
        if (in.feesWanYuan() == null) {
            missing.add("表二 行政事业性收费 本年收费金额（万元）");
        }
        RequestTable requests = RequestTableCompiler.compile(cases, year);
        ReviewTable reviewTable = ReviewTableCompiler.compile(reviews, year);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.put(Section.OVERVIEW, prose(in.overview(), "一、总体情况", missing, overview(facts, requests, year)));
        sections.put(Section.PROBLEMS, prose(in.problems(), "五、存在的主要问题及改进情况", missing, null));
        sections.put(Section.OTHER_MATTERS, prose(in.otherMatters(), "六、其他需要报告的事项", missing, otherMatters(facts)));
        AnnualReport report = new AnnualReport(null, organ, kind, year, null, TemplateEdition.V2021, proactive, requests,
                reviewTable, sections, Narrative.empty());
        return new Assembled(report, missing);
    }

    /** The facts of the year that section 一 usually opens with, for the staff to start from. */
    static String overview(Facts f, RequestTable requests, int year) {
        long items = f.itemsByKind().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder b = new StringBuilder(year + "年，本机关主动公开政府信息" + items + "条");
        if (!f.itemsByKind().isEmpty()) {
            b.append("，其中");
            List<String> parts = new ArrayList<>();
            f.itemsByKind().forEach((kind, n) -> parts.add(kind + n + "条"));
            b.append(String.join("、", parts));
        }
        long received = requests.get(cn.gongkai.report.model.RequestRow.NEWLY_RECEIVED,
                cn.gongkai.report.model.ApplicantColumn.TOTAL).value();
        b.append("；本年新收政府信息公开申请").append(received).append("件。");
        return b.toString();
    }

    static String otherMatters(Facts f) {
        return "依据《政府信息公开信息处理费管理办法》，本年度发出收费通知" + f.feeNotices() + "件，金额" + f.feeNoticedYuan()
                + "元，实际收取信息处理费" + f.feeReceivedYuan() + "元。";
    }

    private static Cell cell(@Nullable Long value, String label, List<String> missing) {
        if (value == null) {
            missing.add(label);
            return Cell.unknown();
        }
        return Cell.of(value);
    }

    private static String prose(@Nullable String written, String label, List<String> missing, @Nullable String start) {
        if (written != null && !written.isBlank()) {
            return written.strip();
        }
        missing.add(label + "（正文）");
        return start == null ? "" : start;
    }
}
