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
import cn.gongkai.server.assessment.Scoring;
import cn.gongkai.server.request.CaseFacts;
import cn.gongkai.server.request.RequestTableCompiler;
import cn.gongkai.server.request.ReviewCase;
import cn.gongkai.server.request.ReviewTableCompiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import cn.gongkai.server.shared.Placeholders;
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
            int feeNotices, long feeNoticedYuan, long feeReceivedYuan, int answeredOnTime, Supervision supervision,
            OverviewDraft.Management management) {

        public Facts(Map<String, Long> itemsByKind, long normativeIssued, long normativeRepealed, long normativeInForce,
                int feeNotices, long feeNoticedYuan, long feeReceivedYuan, int answeredOnTime, Supervision supervision) {
            this(itemsByKind, normativeIssued, normativeRepealed, normativeInForce, feeNotices, feeNoticedYuan, feeReceivedYuan,
                    answeredOnTime, supervision, OverviewDraft.Management.NONE);
        }
    }

    /**
     * 监督保障 of the year: complaints and suggestions received and answered, inspection findings and rectified,
     * and the monthly assessments issued for the organ (Art. 50(四): 工作考核结果), their mean score and best rank.
     */
    public record Supervision(int feedbackReceived, int feedbackAnswered, int findings, int findingsRectified,
            int assessedMonths, double meanScore, int bestRank) {

        public static final Supervision NONE = new Supervision(0, 0, 0, 0, 0, 0, 0);

        /** The sentence on assessment, or nothing when no month was issued. */
        String assessment() {
            if (assessedMonths == 0) {
                return "";
            }
            return "全年参加月度考核" + assessedMonths + "次，平均得分" + Scoring.format(meanScore) + "分，最好名次第" + bestRank + "名。";
        }
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
        // The prose keeps {placeholders}: the figures in it are filled from the data at every compile,
        // so a late correction changes the text with the tables.
        Map<String, String> figures = figures(facts, requests, reviewTable, year);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.put(Section.OVERVIEW, Placeholders.fill(prose(in.overview(), "一、总体情况", missing, OVERVIEW), figures));
        sections.put(Section.PROBLEMS, Placeholders.fill(prose(in.problems(), "五、存在的主要问题及改进情况", missing, ""), figures));
        sections.put(Section.OTHER_MATTERS,
                Placeholders.fill(prose(in.otherMatters(), "六、其他需要报告的事项", missing, OTHER_MATTERS), figures));
        AnnualReport report = new AnnualReport(null, organ, kind, year, null, TemplateEdition.V2021, proactive, requests,
                reviewTable, sections, narrative(facts, requests, reviewTable));
        return new Assembled(report, missing);
    }

    /** Where section 一 starts when the organ has written nothing yet: the year's facts in five sub-sections, linked. */
    public static final String OVERVIEW = OverviewDraft.TEXT;
    public static final String OTHER_MATTERS = "依据《政府信息公开信息处理费管理办法》，本年度发出收费通知{收费通知件数}件，金额{收费通知金额}元，"
            + "实际收取信息处理费{实际收费金额}元。";

    /** The names prose may use, each filled from the data. */
    public static final java.util.Set<String> FIGURES = java.util.Set.of("年度", "主动公开信息总数", "其中", "本年新收申请",
            "上年结转申请", "本年办结申请", "按期办结申请", "结转下年度申请", "行政复议", "行政诉讼", "收费通知件数", "收费通知金额",
            "实际收费金额", "投诉建议", "已答复投诉建议", "检查发现问题", "已整改问题", "考核结果", "法定应公开", "法定按时公开",
            "规范性文件制发", "规范性文件废止", "规范性文件现行有效", "审核次数", "保密审查次数", "目录事项数", "予以公开", "部分公开",
            "不予公开", "无法提供", "不予处理", "其他处理");

    static Map<String, String> figures(Facts f, RequestTable requests, ReviewTable reviews, int year) {
        Map<String, String> v = new java.util.HashMap<>();
        long items = f.itemsByKind().values().stream().mapToLong(Long::longValue).sum();
        List<String> parts = new ArrayList<>();
        f.itemsByKind().forEach((kind, n) -> parts.add(kind + n + "条"));
        v.put("年度", Integer.toString(year));
        v.put("主动公开信息总数", Long.toString(items));
        v.put("其中", parts.isEmpty() ? "" : "，其中" + String.join("、", parts));
        v.put("本年新收申请", total(requests, cn.gongkai.report.model.RequestRow.NEWLY_RECEIVED));
        v.put("上年结转申请", total(requests, cn.gongkai.report.model.RequestRow.CARRIED_IN));
        v.put("本年办结申请", total(requests, cn.gongkai.report.model.RequestRow.HANDLED_TOTAL));
        v.put("按期办结申请", Integer.toString(f.answeredOnTime()));
        v.put("结转下年度申请", total(requests, cn.gongkai.report.model.RequestRow.CARRIED_OUT));
        v.put("行政复议", reviews.reconsideration().total().toString());
        v.put("行政诉讼", Long.toString(reviews.litigationDirect().total().value() + reviews.litigationAfterReconsideration().total().value()));
        v.put("收费通知件数", Integer.toString(f.feeNotices()));
        v.put("收费通知金额", Long.toString(f.feeNoticedYuan()));
        v.put("实际收费金额", Long.toString(f.feeReceivedYuan()));
        v.put("投诉建议", Integer.toString(f.supervision().feedbackReceived()));
        v.put("已答复投诉建议", Integer.toString(f.supervision().feedbackAnswered()));
        v.put("检查发现问题", Integer.toString(f.supervision().findings()));
        v.put("已整改问题", Integer.toString(f.supervision().findingsRectified()));
        v.put("考核结果", f.supervision().assessment());
        v.putAll(OverviewDraft.figures(f.management(), f.normativeIssued(), f.normativeRepealed(), f.normativeInForce(), requests));
        return v;
    }

    /**
     * The figures section 一 states, as the report JSON's narrative (report-json.md): in a compiled report the
     * prose is filled from the records, so what it states is what the records say — published items in
     * total and by kind, requests received, reconsiderations — and readers of /api/reports get them.
     */
    static Narrative narrative(Facts f, RequestTable requests, ReviewTable reviews) {
        long items = f.itemsByKind().values().stream().mapToLong(Long::longValue).sum();
        return new Narrative(items, f.itemsByKind(),
                requests.get(cn.gongkai.report.model.RequestRow.NEWLY_RECEIVED, cn.gongkai.report.model.ApplicantColumn.TOTAL)
                        .value(),
                reviews.reconsideration().total().value(), null);
    }

    private static String total(RequestTable t, cn.gongkai.report.model.RequestRow row) {
        return Long.toString(t.get(row, cn.gongkai.report.model.ApplicantColumn.TOTAL).value());
    }

    private static Cell cell(@Nullable Long value, String label, List<String> missing) {
        if (value == null) {
            missing.add(label);
            return Cell.unknown();
        }
        return Cell.of(value);
    }

    private static String prose(@Nullable String written, String label, List<String> missing, String start) {
        if (written != null && !written.isBlank()) {
            return written.strip();
        }
        missing.add(label + "（正文）");
        return start;
    }
}
