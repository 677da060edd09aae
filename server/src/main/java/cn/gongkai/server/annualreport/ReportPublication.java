package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.parse.SourceMap;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import cn.gongkai.server.publication.SeparationOfDuties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing an organ's report: the compiled report frozen as a version, reviewed along the organ's
 * chain and published into its 年报 sub-column; reports published before the platform imported as history.
 */
@Service
public class ReportPublication {

    private final AnnualReportService reports;
    private final ReportVersions versions;
    private final ReviewChains chains;
    private final Organs organs;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportChecker checker = ReportChecker.builder().build();
    private final SeparationOfDuties duties;
    private final ReportDrafts drafts;

    ReportPublication(AnnualReportService reports, ReportVersions versions, ReviewChains chains, Organs organs, Ledger ledger,
            ApplicationEventPublisher events, Clock clock, SeparationOfDuties duties, ReportDrafts drafts) {
        this.duties = duties;
        this.drafts = drafts;
        this.reports = reports;
        this.versions = versions;
        this.chains = chains;
        this.organs = organs;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** Freezes the compiled report and sends it along the organ's review chain; only a complete, error-free report. */
    @Transactional
    public ReportVersion submit(StaffUser user, int year, boolean warningsAcknowledged) {
        AnnualReportService.requireHandler(user);
        AnnualReportService.Compiled c = reports.compile(user, user.organId(), year);
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
        duties.drafted(SeparationOfDuties.ANNUAL_REPORT, Long.toString(v.id()), user.username());
        drafts.lastEditor(user.organId(), year)
                .ifPresent(editor -> duties.drafted(SeparationOfDuties.ANNUAL_REPORT, Long.toString(v.id()), editor));
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
        requireDuty(reviewer, v);
        duties.recordApproval(v.organId(), SeparationOfDuties.ANNUAL_REPORT, Long.toString(v.id()), reviewer.username(),
                v.reviewStep());
        if (v.reviewStep() < chain.size()) {
            versions.update(v.id(), ReportVersion.Status.IN_REVIEW, v.reviewStep() + 1, v.reportJson(), v.publishedOn());
        } else if (v.imported()) {
            // A report published before the platform keeps its own text, diagnostics and publication date.
            versions.update(v.id(), ReportVersion.Status.IMPORTED, v.reviewStep(), v.reportJson(), v.publishedOn());
            events.publishEvent(cn.gongkai.server.shared.PortalChanged.organPages(reviewer.organId()));
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
        requireDuty(reviewer, v);
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
     * own report, only a year before the current report year (that one is compiled on the platform), and
     * not over a report already published. It then goes through the organ's review chain like a compiled
     * report; a report with error-level diagnostics only when the administrator confirms having read them.
     */
    @Transactional
    public ReportVersion importHistorical(StaffUser admin, CheckResult checked, boolean errorsAcknowledged) {
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
        int current = reports.reportYear(null);
        if (r.year() >= current) {
            throw new IllegalArgumentException("只能导入 " + current + " 年以前的历史年报；" + r.year()
                    + " 年的年报请在平台上编制，经审核流程发布");
        }
        if (versions.published(organ.id(), r.year()).isPresent()) {
            throw new IllegalArgumentException(r.year() + " 年已有发布或导入的年报，不能重复导入");
        }
        if (versions.inReview(organ.id(), r.year()).isPresent()) {
            throw new IllegalArgumentException(r.year() + " 年的年报已在审核中");
        }
        long errors = checked.diagnostics().stream()
                .filter(d -> d.severity() == cn.gongkai.report.diagnostic.Severity.ERROR).count();
        if (errors > 0 && !errorsAcknowledged) {
            throw new IllegalArgumentException("报告有 " + errors + " 条错误级问题：请打开核对结果逐条阅读，确认报告当年即按此发布后，"
                    + "勾选“已阅读错误”再导入");
        }
        ReportVersion v = versions.addImported(organ.id(), r.year(), ReportJson.write(checked), r.publishedOn(),
                admin.username(), OffsetDateTime.now(clock));
        duties.drafted(SeparationOfDuties.ANNUAL_REPORT, Long.toString(v.id()), admin.username());
        ledger.record(new Action(admin.username(), organ.id(), "annual-report-import", "annual-report",
                organ.id() + "-" + r.year(), null, r.source() + (errors > 0 ? "，确认错误 " + errors + " 条" : "")));
        return v;
    }

    /** Whether the user may decide the version's current step (role and 职责分离), for showing the buttons. */
    public boolean mayDecide(StaffUser user, ReportVersion v) {
        return v.status() == ReportVersion.Status.IN_REVIEW && user.organId() == v.organId()
                && user.has(chains.forOrgan(v.organId()).roleAt(v.reviewStep()))
                && duties.mayDecide(v.organId(), SeparationOfDuties.ANNUAL_REPORT, Long.toString(v.id()), user.username(),
                        v.reviewStep());
    }

    private void requireDuty(StaffUser reviewer, ReportVersion v) {
        String refusal = duties.refusal(v.organId(), SeparationOfDuties.ANNUAL_REPORT, Long.toString(v.id()),
                reviewer.username(), v.reviewStep());
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
    }

    /** The published report of an organ and year, for the public. */
    public java.util.Optional<ReportJson.Parsed> published(long organId, int year) {
        return versions.published(organId, year).map(v -> ReportJson.read(v.reportJson()));
    }

    public List<ReportVersion> publishedOf(long organId) {
        return versions.publishedOf(organId);
    }
}
