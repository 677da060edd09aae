package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.render.HtmlRenderer;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.shared.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The county supervisor's roll-up of a year's reports: totals, and organs missing, late or failing checks. */
@Controller
@PreAuthorize("hasRole('COUNTY_SUPERVISOR')")
class CountyController {

    private final AnnualReportService service;
    private final CountyReports reports;
    private final ReportFiles files;

    CountyController(AnnualReportService service, CountyReports county, ReportFiles files) {
        this.files = files;
        this.reports = county;
        this.service = service;
    }

    @GetMapping("/workspace/annual-report/county")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "year", required = false) Integer year,
            Model model) {
        int y = service.reportYear(year);
        CountyReports.County county = reports.county(user, y);
        model.addAttribute("year", y);
        model.addAttribute("county", county);
        model.addAttribute("tables", HtmlRenderer.tables(county.total()));
        var timeliness = reports.timeliness(user, y);
        model.addAttribute("timeliness", timeliness);
        model.addAttribute("timelinessChart", timeliness.isEmpty() ? null : Charts.timeliness(timeliness));
        return "annualreport/county";
    }

    /** The roll-up's tables 二–四 as Word or PDF (the shared document layer, the layout of the national format). */
    @GetMapping("/workspace/annual-report/county.{format:docx|pdf}")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year,
            @org.springframework.web.bind.annotation.PathVariable("format") String format) {
        CountyReports.County county = reports.county(user, year);
        try {
            byte[] bytes = files.rollUp(county.total(), format);
            return ResponseEntity.ok().header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                    org.springframework.http.ContentDisposition.attachment().filename("county-" + year + "." + format).build().toString())
                    .contentType(format.equals("pdf") ? org.springframework.http.MediaType.APPLICATION_PDF
                            : org.springframework.http.MediaType.parseMediaType(
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                    .body(bytes);
        } catch (cn.gongkai.server.shared.ChinesePdf.MissingFontException e) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    e.getMessage());
        }
    }

    /** One row per organ: its state and its main figures, for spreadsheets (UTF-8 with BOM, opens in Excel and WPS). */
    @GetMapping("/workspace/annual-report/county.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year) {
        CountyReports.County county = reports.county(user, year);
        return CsvDownload.of("county-" + year + ".csv", csv -> {
            csv.printRecord("机关", "已发布", "发布日期", "期限", "逾期", "未填项", "错误数", "本年新收申请", "办结", "结转下年度");
            for (CountyReports.OrganStatus s : county.organs()) {
                csv.printRecord(s.organ().name(), s.published() ? "是" : "否", s.publishedOn() == null ? "" : s.publishedOn(),
                        s.deadline(), s.late() ? "是" : "否", s.missing(), s.errors(),
                        s.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL),
                        s.report().requests().get(RequestRow.HANDLED_TOTAL, ApplicantColumn.TOTAL),
                        s.report().requests().get(RequestRow.CARRIED_OUT, ApplicantColumn.TOTAL));
            }
            csv.printRecord("合计", "", "", "", "", "", "",
                    county.total().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL),
                    county.total().requests().get(RequestRow.HANDLED_TOTAL, ApplicantColumn.TOTAL),
                    county.total().requests().get(RequestRow.CARRIED_OUT, ApplicantColumn.TOTAL));
        });
    }
}
