package cn.gongkai.server.annualreport;

import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.RequestFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The county supervisor's view of a year's reports: every organ's state, the roll-up, timeliness. */
@Service
public class CountyReports {

    private final AnnualReportService annual;
    private final ReportVersions versions;
    private final RequestFigures figures;
    private final Organs organs;
    private final Clock clock;

    CountyReports(AnnualReportService reports, ReportVersions versions, RequestFigures figures, Organs organs, Clock clock) {
        this.annual = reports;
        this.versions = versions;
        this.figures = figures;
        this.organs = organs;
        this.clock = clock;
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
            AnnualReportService.Compiled c = annual.compile(supervisor, organ.id(), year);
            AnnualReport report = published.map(v -> ReportJson.read(v.reportJson()).report()).orElse(c.result().report());
            reports.add(report);
            LocalDate deadline = annual.deadline(organ, year);
            LocalDate on = published.map(ReportVersion::publishedOn).orElse(null);
            boolean late = on == null ? today.isAfter(deadline) : on.isAfter(deadline);
            states.add(new OrganStatus(organ, published.isPresent(), late, c.missing().size(),
                    c.result().diagnostics().stream().filter(d -> d.severity() == cn.gongkai.report.diagnostic.Severity.ERROR)
                            .count(), on, deadline, report));
        }
        return new County(RollUp.sum("全县（各机关合计）", year, reports), states);
    }
}
