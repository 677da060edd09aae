package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

/** Compiling an organ's report for a year from its records, and saving what the organ enters. */
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
    private final ReviewChains chains;
    private final ApplicationEventPublisher events;
    private final FeedbackService feedback;
    private final InspectionService inspections;
    private final MonthlyAssessment assessment;
    private final String countyDeadline;
    private final String departmentDeadline;
    private final String townshipDeadline;

    AnnualReportService(Organs organs, ReportDrafts drafts, RequestFigures figures, ReviewCaseService reviewCases, NormativeDocuments register,
            PublicationStats stats, Ledger ledger, Clock clock, ReportVersions versions, ReviewChains chains,
            ApplicationEventPublisher events, FeedbackService feedback, InspectionService inspections,
            MonthlyAssessment assessment,
            @Value("${gongkai.reports.deadline.county:03-31}") String countyDeadline,
            @Value("${gongkai.reports.deadline.department:01-31}") String departmentDeadline,
            @Value("${gongkai.reports.deadline.township:01-31}") String townshipDeadline) {
        this.versions = versions;
        this.feedback = feedback;
        this.inspections = inspections;
        this.assessment = assessment;
        this.chains = chains;
        this.events = events;
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

    public Compiled compile(StaffUser user, long organId, int year) {
        Organ organ = visible(user, organId);
        ReportInputs in = drafts.of(organId, year).orElse(ReportInputs.empty());
        NormativeDocuments.YearCounts docs = register.counts(organId, year);
        RequestFigures.FeeFigures fees = figures.fees(organId, year);
        ReportAssembler.Facts facts = new ReportAssembler.Facts(stats.publishedByKind(organId, year), docs.issued(),
                docs.repealed(), docs.inForce(), fees.notices(), fees.noticedAmount(), fees.received(),
                figures.timeliness(organId, year).onTime(), supervision(organId, year));
        ReportAssembler.Assembled a = ReportAssembler.assemble(organ.name(), organ.kind(), year, in, facts,
                figures.facts(organId), reviewCases.reviewCases(organId));
        // Cross-year rules (上年结转 = last year's 结转下年度, 现行有效 progression) use last year's published report.
        AnnualReport previous = versions.published(organId, year - 1).map(v -> ReportJson.read(v.reportJson()).report())
                .orElse(null);
        // Checked as if published today, so that the signature and deadline rules judge the report that
        // would be published, not a draft without a date.
        AnnualReport r = a.report();
        AnnualReport dated = r.withPublishedOn(LocalDate.now(clock));
        CheckResult result = new CheckResult(r, checker.validate(dated, SourceMap.compiled(), previous).diagnostics());
        return new Compiled(organ, year, result, a.missing(), in);
    }

    /** What the organ has entered for the year so far. */
    public ReportInputs inputs(StaffUser user, int year) {
        return drafts.of(user.organId(), year).orElse(ReportInputs.empty());
    }

    /** Saves the organ's entries; only its administrator or drafter, and it goes to the ledger. */
    @Transactional
    public void save(StaffUser user, int year, ReportInputs in) {
        requireHandler(user);
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
        drafts.save(user.organId(), year, in, user.username(), OffsetDateTime.now(clock));
        ledger.record(new Action(user.username(), user.organId(), "annual-report-save", "annual-report",
                user.organId() + "-" + year, null, in.toString()));
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

    /** Each organ's share of requests answered on time in the year, for organs that closed any. */
    public java.util.Map<String, Double> timeliness(StaffUser supervisor, int year) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (Organ organ : organs.all()) {
            if (!OrganAccess.canView(supervisor, organ)) {
                continue;
            }
            var t = figures.timeliness(organ.id(), year);
            if (t.closed() > 0) {
                out.put(organ.name(), 100.0 * t.onTime() / t.closed());
            }
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

    // ---- the county's view ----

    /** One organ's state for the county's list. */
    public record OrganStatus(Organ organ, boolean published, boolean late, int missing, long errors,
            @org.jspecify.annotations.Nullable LocalDate publishedOn, LocalDate deadline, AnnualReport report) {
    }

    /** The roll-up of all organs' reports for a year, and each organ's state: for the county supervisor. */
    public record County(AnnualReport total, List<OrganStatus> organs) {
    }

    public County county(StaffUser supervisor, int year) {
        if (!supervisor.has(Role.COUNTY_SUPERVISOR)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        List<AnnualReport> reports = new java.util.ArrayList<>();
        List<OrganStatus> states = new java.util.ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Organ organ : organs.all()) {
            java.util.Optional<ReportVersion> published = versions.published(organ.id(), year);
            Compiled c = compile(supervisor, organ.id(), year);
            AnnualReport report = published.map(v -> ReportJson.read(v.reportJson()).report()).orElse(c.result().report());
            reports.add(report);
            LocalDate deadline = deadline(organ, year);
            LocalDate on = published.map(ReportVersion::publishedOn).orElse(null);
            boolean late = on == null ? today.isAfter(deadline) : on.isAfter(deadline);
            states.add(new OrganStatus(organ, published.isPresent(), late, c.missing().size(),
                    c.result().diagnostics().stream().filter(d -> d.severity() == cn.gongkai.report.diagnostic.Severity.ERROR)
                            .count(), on, deadline, report));
        }
        return new County(RollUp.sum("全县（各机关合计）", year, reports), states);
    }

    // ---- publication ----

    /** Freezes the compiled report and sends it along the organ's review chain; only a complete, error-free report. */
    @Transactional
    public ReportVersion submit(StaffUser user, int year, boolean warningsAcknowledged) {
        requireHandler(user);
        Compiled c = compile(user, user.organId(), year);
        if (!c.publishable()) {
            throw new IllegalArgumentException("年报还有未填写的项目或错误，不能提交发布：请先处理页面上列出的问题");
        }
        long warnings = c.result().diagnostics().stream()
                .filter(d -> d.severity() == cn.gongkai.report.diagnostic.Severity.WARNING).count();
        if (warnings > 0 && !warningsAcknowledged) {
            throw new IllegalArgumentException("核对发现 " + warnings + " 条警告：请逐条阅读，确认无误后勾选“已阅读并确认警告”再提交");
        }
        if (versions.inReview(user.organId(), year).isPresent()) {
            throw new IllegalArgumentException("这一年的年报已在审核中");
        }
        ReportVersion v = versions.add(user.organId(), year, ReportJson.write(c.result()), user.username(),
                OffsetDateTime.now(clock));
        ledger.record(new Action(user.username(), user.organId(), "annual-report-submit", "annual-report",
                user.organId() + "-" + year, null, "第 " + v.version() + " 版" + (warnings > 0 ? "，确认警告 " + warnings + " 条" : "")));
        return v;
    }

    /** One step of the review chain approves; the last publishes the report on that day, replacing an earlier version. */
    @Transactional
    public ReportVersion approve(StaffUser reviewer, int year) {
        ReportVersion v = versions.inReview(reviewer.organId(), year)
                .orElseThrow(() -> new IllegalArgumentException("这一年的年报没有在审核中的版本"));
        ReviewChain chain = chains.forOrgan(reviewer.organId());
        Role needed = chain.roleAt(v.reviewStep());
        if (!reviewer.has(needed)) {
            throw new IllegalArgumentException("年报正在第 " + v.reviewStep() + " 步（" + needed.chinese() + "）审核，您不是该步的审核人");
        }
        if (v.reviewStep() < chain.size()) {
            versions.update(v.id(), ReportVersion.Status.IN_REVIEW, v.reviewStep() + 1, v.reportJson(), null);
        } else {
            LocalDate today = LocalDate.now(clock);
            AnnualReport published = ReportJson.read(v.reportJson()).report().withPublishedOn(today);
            CheckResult checked = checker.validate(published, SourceMap.compiled(), null);
            versions.supersedePublished(reviewer.organId(), year, v.id());
            versions.update(v.id(), ReportVersion.Status.PUBLISHED, v.reviewStep(), ReportJson.write(checked), today);
            events.publishEvent(cn.gongkai.server.shared.PortalChanged.organPages(reviewer.organId()));
        }
        ledger.record(new Action(reviewer.username(), reviewer.organId(), "annual-report-approve", "annual-report",
                reviewer.organId() + "-" + year, "第 " + v.reviewStep() + " 步", null));
        return versions.byId(v.id()).orElseThrow();
    }

    @Transactional
    public void returnVersion(StaffUser reviewer, int year, String comment) {
        ReportVersion v = versions.inReview(reviewer.organId(), year)
                .orElseThrow(() -> new IllegalArgumentException("这一年的年报没有在审核中的版本"));
        if (!reviewer.has(chains.forOrgan(reviewer.organId()).roleAt(v.reviewStep()))) {
            throw new IllegalArgumentException("您不是当前审核步骤的审核人");
        }
        if (comment.isBlank()) {
            throw new IllegalArgumentException("退回时请写明修改意见");
        }
        versions.update(v.id(), ReportVersion.Status.RETURNED, v.reviewStep(), v.reportJson(), null);
        ledger.record(new Action(reviewer.username(), reviewer.organId(), "annual-report-return", "annual-report",
                reviewer.organId() + "-" + year, null, comment.strip()));
    }

    public List<ReportVersion> versions(StaffUser user, int year) {
        return versions.versions(user.organId(), year);
    }

    /**
     * Imports a report published before the platform (checked by 年报体检) as the organ's report of its
     * year, so that the next year's cross-year rules have it. Only the organ's administrator, only its
     * own report, and not over a report already published on the platform.
     */
    @Transactional
    public ReportVersion importHistorical(StaffUser admin, CheckResult checked) {
        if (!admin.has(Role.ORGAN_ADMIN)) {
            throw new IllegalArgumentException("只有本机关管理员可以导入历史年报");
        }
        Organ organ = organs.byId(admin.organId()).orElseThrow();
        AnnualReport r = checked.report();
        if (r.year() == null) {
            throw new IllegalArgumentException("报告中没有识别出年度，不能导入");
        }
        // Reports often drop the county from the name (高平镇人民政府 for 米易县高平镇人民政府).
        if (r.organ() == null || !(organ.name().equals(r.organ()) || organ.name().endsWith(r.organ()))) {
            throw new IllegalArgumentException("报告的机关“" + (r.organ() == null ? "未识别" : r.organ()) + "”与本机关“"
                    + organ.name() + "”不同，不能导入");
        }
        if (versions.published(organ.id(), r.year()).isPresent()) {
            throw new IllegalArgumentException(r.year() + " 年已有发布或导入的年报，不能重复导入");
        }
        ReportVersion v = versions.addImported(organ.id(), r.year(), ReportJson.write(checked), r.publishedOn(),
                admin.username(), OffsetDateTime.now(clock));
        ledger.record(new Action(admin.username(), organ.id(), "annual-report-import", "annual-report",
                organ.id() + "-" + r.year(), null, r.source()));
        events.publishEvent(cn.gongkai.server.shared.PortalChanged.organPages(organ.id()));
        return v;
    }

    /** The published report of an organ and year, for the public. */
    public java.util.Optional<ReportJson.Parsed> published(long organId, int year) {
        return versions.published(organId, year).map(v -> ReportJson.read(v.reportJson()));
    }

    public List<ReportVersion> publishedOf(long organId) {
        return versions.publishedOf(organId);
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

    private static void requireHandler(StaffUser user) {
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
