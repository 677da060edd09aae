package cn.gongkai.server.annualreport;

import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.render.HtmlRenderer;
import cn.gongkai.server.accounts.StaffUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organ's annual report for a year: compiled from its records, checked on every save. */
@Controller
class AnnualReportController {

    private final AnnualReportService service;
    private final Clock clock;

    private final ReportPublication publication;

    AnnualReportController(AnnualReportService service, ReportPublication publication, Clock clock) {
        this.publication = publication;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/workspace/annual-report")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "year", required = false) Integer year,
            Model model) {
        int y = service.reportYear(year);
        AnnualReportService.Compiled c = service.compile(user, user.organId(), y);
        model.addAttribute("compiled", c);
        model.addAttribute("figureList", "{" + String.join("}、{", ReportAssembler.FIGURES.stream().sorted().toList()) + "}");
        model.addAttribute("defaultOverview", ReportAssembler.OVERVIEW);
        model.addAttribute("defaultOtherMatters", ReportAssembler.OTHER_MATTERS);
        model.addAttribute("tables", HtmlRenderer.tables(c.result().report()));
        java.util.List<ReportVersion> versions = publication.versions(user, y);
        model.addAttribute("versions", versions);
        ReportVersion inReview = versions.stream().filter(v -> v.status() == ReportVersion.Status.IN_REVIEW).findFirst()
                .orElse(null);
        // Buttons the server would refuse (wrong role, the drafter, a second step by one reviewer) are not shown.
        model.addAttribute("canDecide", inReview != null && publication.mayDecide(user, inReview));
        // An imported report is reviewed as it was published: its own diagnostics, not the compiled ones.
        model.addAttribute("importedDiagnostics", inReview != null && inReview.imported()
                ? ReportJson.read(inReview.reportJson()).diagnostics() : java.util.List.of());
        // After publication the records may change (a case closed late, a correction): show what differs.
        model.addAttribute("changes", publication.published(user.organId(), y)
                .map(p -> ReportDiff.changes(p.report(), c.result().report())).orElse(java.util.List.of()));
        var recent = service.recentRequestTables(user, user.organId(), y);
        model.addAttribute("outcomeChart", Charts.outcomesByYear(recent));
        java.util.Map<Integer, long[]> groups = new java.util.LinkedHashMap<>();
        recent.forEach((year2, t) -> groups.put(year2, Charts.groups(t)));
        model.addAttribute("outcomeGroups", groups);
        model.addAttribute("groupNames", Charts.GROUPS);
        LastYearText.addTo(model, service.previousYear(user.organId(), y).orElse(null), c.result().report());
        LocalDate deadline = service.deadline(c.organ(), y);
        model.addAttribute("deadline", deadline);
        model.addAttribute("late", LocalDate.now(clock).isAfter(deadline));
        return "annualreport/edit";
    }

    @PostMapping("/workspace/annual-report")
    String save(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year,
            @RequestParam(name = "rulesIssued", defaultValue = "") String rulesIssued,
            @RequestParam(name = "rulesRepealed", defaultValue = "") String rulesRepealed,
            @RequestParam(name = "rulesInForce", defaultValue = "") String rulesInForce,
            @RequestParam(name = "licensing", defaultValue = "") String licensing,
            @RequestParam(name = "penalty", defaultValue = "") String penalty,
            @RequestParam(name = "coerciveMeasure", defaultValue = "") String coercive,
            @RequestParam(name = "feesWanYuan", defaultValue = "") String fees,
            @RequestParam(name = "overview", defaultValue = "") String overview,
            @RequestParam(name = "problems", defaultValue = "") String problems,
            @RequestParam(name = "otherMatters", defaultValue = "") String otherMatters, RedirectAttributes redirect) {
        try {
            service.save(user, year, new ReportInputs(count(rulesIssued, "规章本年制发件数"), count(rulesRepealed, "规章本年废止件数"),
                    count(rulesInForce, "规章现行有效件数"), count(licensing, "行政许可决定数"), count(penalty, "行政处罚决定数"),
                    count(coercive, "行政强制决定数"), amount(fees), text(overview), text(problems), text(otherMatters)));
            redirect.addFlashAttribute("done", "已保存并重新核对。");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/annual-report?year=" + year;
    }

    @PostMapping("/workspace/annual-report/submit")
    String submit(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year,
            @RequestParam(name = "acknowledge", defaultValue = "false") boolean acknowledge, RedirectAttributes redirect) {
        return act(redirect, year, () -> redirect.addFlashAttribute("done",
                "第 " + publication.submit(user, year, acknowledge).version() + " 版已提交，按本机关审核流程审核后发布。"));
    }

    @PostMapping("/workspace/annual-report/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year, RedirectAttributes redirect) {
        return act(redirect, year, () -> {
            ReportVersion v = publication.approve(user, year);
            redirect.addFlashAttribute("done", v.status() == ReportVersion.Status.PUBLISHED
                    || v.status() == ReportVersion.Status.IMPORTED
                    ? "审核通过，年报已发布到“政府信息公开年报”栏目。" : "审核通过。");
        });
    }

    @PostMapping("/workspace/annual-report/return")
    String returnVersion(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year,
            @RequestParam(name = "comment", defaultValue = "") String comment, RedirectAttributes redirect) {
        return act(redirect, year, () -> {
            publication.returnVersion(user, year, comment);
            redirect.addFlashAttribute("done", "已退回。");
        });
    }

    private static String act(RedirectAttributes redirect, int year, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/annual-report?year=" + year;
    }

    /**
     * Table 二's figures from another system, as CSV: a header 项目,数值 and one row per figure, named as
     * on this page (行政许可, 行政处罚, 行政强制, 规章本年制发件数, 规章本年废止件数, 规章现行有效件数, 行政事业性收费（万元）).
     */
    @PostMapping("/workspace/annual-report/figures")
    String importFigures(@AuthenticationPrincipal StaffUser user, @RequestParam("year") int year,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        return act(redirect, year, () -> {
            try {
                String text = new String(file.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
                ReportInputs merged = FiguresCsv.merge(service.inputs(user, year), text, file.getOriginalFilename());
                service.save(user, year, merged);
                redirect.addFlashAttribute("done", "已从“" + file.getOriginalFilename() + "”导入表二的数字并重新核对。");
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("文件读取失败，请重新上传");
            }
        });
    }

    /** The compiled report in the JSON form of report-json.md, with the checker's findings. */
    @GetMapping("/workspace/annual-report/{year}.json")
    ResponseEntity<String> json(@AuthenticationPrincipal StaffUser user, @PathVariable("year") int year) {
        AnnualReportService.Compiled c = service.compile(user, user.organId(), year);
        return ResponseEntity.ok().contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-report-" + year + ".json\"")
                .body(ReportJson.writePretty(c.result()));
    }

    private static @Nullable Long count(String s, String label) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + "“" + s + "”不是整数");
        }
    }

    private static @Nullable BigDecimal amount(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("行政事业性收费金额“" + s + "”不是数字（单位：万元，如 1.25）");
        }
    }

    private static @Nullable String text(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
