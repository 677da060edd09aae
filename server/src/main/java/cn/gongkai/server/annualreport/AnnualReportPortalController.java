package cn.gongkai.server.annualreport;

import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.render.HtmlRenderer;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.PortalSubColumn;
import cn.gongkai.server.shared.ChinesePdf;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * 政府信息公开年报 on the portal: each published report as a page in the national layout, with Word,
 * PDF and JSON (report-json.md) downloads; the same JSON under /api for other systems.
 */
@Controller
class AnnualReportPortalController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final ReportPublication reports;
    private final Organs organs;
    private final ReportFiles files;

    AnnualReportPortalController(ReportPublication reports, Organs organs, ReportFiles files) {
        this.reports = reports;
        this.organs = organs;
        this.files = files;
    }

    @GetMapping("/portal/{organ}/reports")
    String list(@PathVariable("organ") String code, Model model) {
        Organ organ = organ(code);
        model.addAttribute("organ", organ);
        model.addAttribute("subColumns", PortalSubColumn.values());
        model.addAttribute("column", PortalSubColumn.REPORTS);
        model.addAttribute("reports", reports.publishedOf(organ.id()));
        return "annualreport/portal-list";
    }

    @GetMapping("/portal/{organ}/reports/{year:\\d{4}}")
    String page(@PathVariable("organ") String code, @PathVariable("year") int year, Model model) {
        Organ organ = organ(code);
        ReportJson.Parsed r = published(organ, year);
        model.addAttribute("organ", organ);
        model.addAttribute("subColumns", PortalSubColumn.values());
        model.addAttribute("year", year);
        // The report core's renderer escapes every text; only its <main> goes into the portal page.
        model.addAttribute("column", PortalSubColumn.REPORTS);
        // Each table scrolls in its own focusable box on a phone, never the whole page.
        org.jsoup.nodes.Element main = Jsoup.parse(HtmlRenderer.render(r.report())).selectFirst("main");
        if (main != null) {
            for (org.jsoup.nodes.Element t : main.select("table")) {
                // Named by the section heading above it (二、主动公开政府信息情况 …), so each box is told apart.
                org.jsoup.nodes.Element heading = t.previousElementSibling();
                t.wrap("<div class=\"scroll\" tabindex=\"0\" role=\"region\"></div>");
                t.parent().attr("aria-label", heading != null && heading.is("h3") ? "表格：" + heading.text() : "表格");
            }
        }
        model.addAttribute("body", main == null ? "" : main.html());
        return "annualreport/portal-page";
    }

    @GetMapping("/portal/{organ}/reports/{year:\\d{4}}.docx")
    ResponseEntity<byte[]> docx(@PathVariable("organ") String code, @PathVariable("year") int year) {
        Organ organ = organ(code);
        return download(files.render(checked(organ, year), "docx"), DOCX, organ, year, "docx");
    }

    @GetMapping("/portal/{organ}/reports/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("organ") String code, @PathVariable("year") int year) {
        Organ organ = organ(code);
        try {
            return download(files.render(checked(organ, year), "pdf"), MediaType.APPLICATION_PDF, organ, year, "pdf");
        } catch (ChinesePdf.MissingFontException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    @GetMapping({"/portal/{organ}/reports/{year:\\d{4}}.json", "/api/reports/{organ}/{year:\\d{4}}"})
    ResponseEntity<String> json(@PathVariable("organ") String code, @PathVariable("year") int year) {
        Organ organ = organ(code);
        return ResponseEntity.ok().contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .body(new String(files.render(checked(organ, year), "json"), StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> download(byte[] body, MediaType type, Organ organ, int year, String ext) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(organ.name() + year + "年政府信息公开工作年度报告." + ext, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private cn.gongkai.report.check.CheckResult checked(Organ organ, int year) {
        ReportJson.Parsed r = published(organ, year);
        return new cn.gongkai.report.check.CheckResult(r.report(), r.diagnostics());
    }

    private ReportJson.Parsed published(Organ organ, int year) {
        return reports.published(organ.id(), year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Organ organ(String code) {
        return organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
