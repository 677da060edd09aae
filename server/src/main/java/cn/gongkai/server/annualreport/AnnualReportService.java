package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.parse.SourceMap;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.assessment.MonthlyAssessment;
import cn.gongkai.server.supervision.FeedbackService;
import cn.gongkai.server.supervision.InspectionService;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.NormativeDocuments;
import cn.gongkai.server.publication.PublicationStats;
import cn.gongkai.server.request.RequestFigures;
import cn.gongkai.server.request.ReviewCaseService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiling an organ's report for a year from its records, saving what the organ enters, and the dates
 * around it (deadline, reminder). Publishing is {@link ReportPublication}'s, the county's view
 * {@link CountyReports}'s.
 */
@Service
public class AnnualReportService {

    /** A compiled report with the checker's findings and what is missing before publication. */
    public record Compiled(Organ organ, int year, CheckResult result, List<String> missing, ReportInputs inputs) {

        public boolean publishable() {
            return missing.isEmpty() && result.diagnostics().stream()
                    .noneMatch(d -> d.severity() == cn.gongkai.report.diagnostic.Severity.ERROR);
        }
    }

    private final Organs organs;
    private final ReportDrafts drafts;
    private final RequestFigures figures;
    private final ReviewCaseService reviewCases;
    private final NormativeDocuments register;
    private final PublicationStats stats;
    private final Ledger ledger;
    private final Clock clock;
    private final ReportChecker checker = ReportChecker.builder().build();
    private final ReportVersions versions;
    private final FeedbackService feedback;
    private final InspectionService inspections;
    private final MonthlyAssessment assessment;
    private final cn.gongkai.server.catalog.CatalogService catalogs;
    private final String countyDeadline;
    private final String departmentDeadline;
    private final String townshipDeadline;

    AnnualReportService(Organs organs, ReportDrafts drafts, RequestFigures figures, ReviewCaseService reviewCases, NormativeDocuments register,
            PublicationStats stats, Ledger ledger, Clock clock, ReportVersions versions, FeedbackService feedback,
            InspectionService inspections,
            MonthlyAssessment assessment, cn.gongkai.server.catalog.CatalogService catalogs,
            @Value("${gongkai.reports.deadline.county:03-31}") String countyDeadline,
            @Value("${gongkai.reports.deadline.department:01-31}") String departmentDeadline,
            @Value("${gongkai.reports.deadline.township:01-31}") String townshipDeadline) {
        this.versions = versions;
        this.catalogs = catalogs;
        this.feedback = feedback;
        this.inspections = inspections;
        this.assessment = assessment;
        this.countyDeadline = countyDeadline;
        this.departmentDeadline = departmentDeadline;
        this.townshipDeadline = townshipDeadline;
        this.organs = organs;
        this.drafts = drafts;
        this.figures = figures;
        this.reviewCases = reviewCases;
        this.register = register;
        this.stats = stats;
        this.ledger = ledger;
        this.clock = clock;
    }

    private ReportAssembler.Supervision supervision(long organId, int year) {
        FeedbackService.YearCounts f = feedback.year(organId, year);
        InspectionService.YearCounts i = inspections.year(organId, year);
        MonthlyAssessment.YearResult a = assessment.year(organId, year);
        return new ReportAssembler.Supervision(f.received(), f.answered(), i.found(), i.rectified(), a.months(), a.meanScore(),
                a.bestRank());
    }

    /** 政府信息管理 and 平台建设 of the year for section 一: Art. 26 timeliness, review-chain and confidentiality counts, catalog entries. */
    private OverviewDraft.Management management(long organId, int year) {
        PublicationStats.Timeliness statutory = stats.statutory(organId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        PublicationStats.Reviews r = stats.reviews(organId, year);
        int entries = catalogs.of(organId).entries().values().stream().mapToInt(List::size).sum();
        return new OverviewDraft.Management(statutory.due(), statutory.onTime(), r.decisions(), r.confidentiality(), entries);
    }

    public Compiled compile(StaffUser user, long organId, int year) {
        Organ organ = visible(user, organId);
        ReportInputs in = drafts.of(organId, year).orElse(ReportInputs.empty());
        NormativeDocuments.YearCounts docs = register.counts(organId, year);
        RequestFigures.FeeFigures fees = figures.fees(organId, year);
        ReportAssembler.Facts facts = new ReportAssembler.Facts(stats.publishedByKind(organId, year), docs.issued(),
                docs.repealed(), docs.inForce(), fees.notices(), fees.noticedAmount(), fees.received(),
                figures.timeliness(organId, year).onTime(), supervision(organId, year), management(organId, year));
        ReportAssembler.Assembled a = ReportAssembler.assemble(organ.name(), organ.kind(), year, in, facts,
                figures.facts(organId), reviewCases.reviewCases(organId));
        // Cross-year rules (上年结转 = last year's 结转下年度, 现行有效 progression) use last year's published report.
        AnnualReport previous = previousYear(organId, year).orElse(null);
        // Checked as if published today, so that the signature and deadline rules judge the report that
        // would be published, not a draft without a date.
        AnnualReport r = a.report();
        AnnualReport dated = r.withPublishedOn(LocalDate.now(clock));
        CheckResult result = new CheckResult(r, checker.validate(dated, SourceMap.compiled(), previous).diagnostics());
        return new Compiled(organ, year, result, a.missing(), in);
    }

    /** The organ's published report of the year before, if there is one: the cross-year rules and the editor's comparison use it. */
    public java.util.Optional<AnnualReport> previousYear(long organId, int year) {
        return versions.published(organId, year - 1).map(v -> ReportJson.read(v.reportJson()).report());
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.shared();

    /** What the organ has entered for the year so far. */
    public ReportInputs inputs(StaffUser user, int year) {
        return drafts.of(user.organId(), year).orElse(ReportInputs.empty());
    }

    /** Saves the organ's entries; only its administrator or drafter, and it goes to the ledger. */
    @Transactional
    public void save(StaffUser user, int year, ReportInputs in) {
        requireHandler(user);
        if (versions.inReview(user.organId(), year).isPresent()) {
            // The version under review is frozen; edits wait until it is approved or returned.
            throw new IllegalArgumentException("这一年的年报正在审核中，审核通过或退回后才能修改");
        }
        for (Long v : new Long[] {in.rulesIssued(), in.rulesRepealed(), in.rulesInForce(), in.licensing(), in.penalty(),
                in.coerciveMeasure()}) {
            if (v != null && v < 0) {
                throw new IllegalArgumentException("件数不能为负数");
            }
        }
        if (in.feesWanYuan() != null && in.feesWanYuan().signum() < 0) {
            throw new IllegalArgumentException("收费金额不能为负数");
        }
        for (String text : new String[] {in.overview(), in.problems(), in.otherMatters()}) {
            if (text != null) {
                List<String> unknown = cn.gongkai.server.shared.Placeholders.unknown(text, ReportAssembler.FIGURES);
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException("正文中有无法填写的数字占位符：" + String.join("、", unknown)
                            + "。可用的有：{" + String.join("}、{", ReportAssembler.FIGURES.stream().sorted().toList()) + "}");
                }
            }
        }
        ReportInputs before = drafts.of(user.organId(), year).orElse(null);
        drafts.save(user.organId(), year, in, user.username(), OffsetDateTime.now(clock));
        // As JSON, before and after, so the audit page shows what changed field by field (AnnualReportWords).
        ledger.record(new Action(user.username(), user.organId(), "annual-report-save", "annual-report",
                user.organId() + "-" + year, before == null ? null : JSON.writeValueAsString(before),
                JSON.writeValueAsString(in)));
    }

    /** The organ's table 三 for the five years up to {@code year}, for the chart of outcomes over the years. */
    public java.util.Map<Integer, cn.gongkai.report.model.RequestTable> recentRequestTables(StaffUser user, long organId, int year) {
        visible(user, organId);
        var facts = figures.facts(organId);
        java.util.Map<Integer, cn.gongkai.report.model.RequestTable> out = new java.util.LinkedHashMap<>();
        for (int y = year - 4; y <= year; y++) {
            out.put(y, cn.gongkai.server.request.RequestTableCompiler.compile(facts, y));
        }
        return out;
    }

    /**
     * The reminder the workspace shows from 1 January until last year's report is published: its
     * deadline and whether it has passed; empty once published (or for people without an organ's work).
     */
    public java.util.Optional<String> reminder(StaffUser user) {
        if (!user.has(Role.DRAFTER) && !user.has(Role.ORGAN_ADMIN)) {
            return java.util.Optional.empty();
        }
        Organ organ = organs.byId(user.organId()).orElse(null);
        int year = LocalDate.now(clock).getYear() - 1;
        if (organ == null || versions.published(organ.id(), year).isPresent()) {
            return java.util.Optional.empty();
        }
        LocalDate deadline = deadline(organ, year);
        return java.util.Optional.of(year + " 年政府信息公开工作年度报告尚未发布，发布期限为 " + deadline
                + (LocalDate.now(clock).isAfter(deadline) ? "，已经逾期，请尽快编制发布。" : "。"));
    }

    /** The year a page opens: the one asked when it is a report year that can exist, else last year. */
    public int reportYear(@org.jspecify.annotations.Nullable Integer asked) {
        int now = LocalDate.now(clock).getYear();
        return asked == null || asked < 2008 || asked > now ? now - 1 : asked;
    }

    /** Art. 49 and local rules: the last day to publish a year's report, by organ kind (configurable). */
    public LocalDate deadline(Organ organ, int year) {
        String monthDay = switch (organ.kind()) {
            case COUNTY -> countyDeadline;
            case DEPARTMENT -> departmentDeadline;
            default -> townshipDeadline;
        };
        return java.time.MonthDay.parse("--" + monthDay).atYear(year + 1);
    }

    static void requireHandler(StaffUser user) {
        if (!user.has(Role.ORGAN_ADMIN) && !user.has(Role.DRAFTER)) {
            throw new IllegalArgumentException("只有本机关管理员或撰稿人可以填写和提交年报");
        }
    }

    private Organ visible(StaffUser user, long organId) {
        Organ organ = organs.byId(organId).orElseThrow(() -> new IllegalArgumentException("没有这个机关"));
        if (!OrganAccess.canView(user, organ)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return organ;
    }
}
