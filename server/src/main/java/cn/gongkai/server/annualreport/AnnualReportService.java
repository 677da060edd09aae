package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.parse.SourceMap;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.NormativeDocuments;
import cn.gongkai.server.publication.PublicationStats;
import cn.gongkai.server.request.RequestService;
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
    private final RequestService requests;
    private final NormativeDocuments register;
    private final PublicationStats stats;
    private final Ledger ledger;
    private final Clock clock;
    private final ReportChecker checker = ReportChecker.builder().build();

    AnnualReportService(Organs organs, ReportDrafts drafts, RequestService requests, NormativeDocuments register,
            PublicationStats stats, Ledger ledger, Clock clock) {
        this.organs = organs;
        this.drafts = drafts;
        this.requests = requests;
        this.register = register;
        this.stats = stats;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Compiled compile(StaffUser user, long organId, int year) {
        Organ organ = visible(user, organId);
        ReportInputs in = drafts.of(organId, year).orElse(ReportInputs.empty());
        NormativeDocuments.YearCounts docs = register.counts(organId, year);
        RequestService.FeeFigures fees = requests.fees(organId, year);
        ReportAssembler.Facts facts = new ReportAssembler.Facts(stats.publishedByKind(organId, year), docs.issued(),
                docs.repealed(), docs.inForce(), fees.notices(), fees.noticedAmount(), fees.received());
        ReportAssembler.Assembled a = ReportAssembler.assemble(organ.name(), organ.kind(), year, in, facts,
                requests.facts(organId), requests.reviewCases(organId));
        CheckResult result = checker.validate(a.report(), SourceMap.compiled(), null);
        return new Compiled(organ, year, result, a.missing(), in);
    }

    /** Saves the organ's entries; only its administrator or drafter, and it goes to the ledger. */
    @Transactional
    public void save(StaffUser user, int year, ReportInputs in) {
        if (!user.has(Role.ORGAN_ADMIN) && !user.has(Role.DRAFTER)) {
            throw new IllegalArgumentException("只有本机关管理员或撰稿人可以填写年报");
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
        drafts.save(user.organId(), year, in, user.username(), OffsetDateTime.now(clock));
        ledger.record(new Action(user.username(), user.organId(), "annual-report-save", "annual-report",
                user.organId() + "-" + year, null, in.toString()));
    }

    private Organ visible(StaffUser user, long organId) {
        Organ organ = organs.byId(organId).orElseThrow(() -> new IllegalArgumentException("没有这个机关"));
        if (!OrganAccess.canView(user, organ)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return organ;
    }
}
