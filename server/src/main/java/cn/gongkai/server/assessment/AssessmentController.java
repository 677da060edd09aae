package cn.gongkai.server.assessment;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.shared.ChinesePdf;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 月度考核: the month's ranking (live until issued), issuing it, the bulletin files and the trend. */
@Controller
@PreAuthorize("hasAnyRole('COUNTY_SUPERVISOR','ORGAN_ADMIN')")
class AssessmentController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MonthlyAssessment assessment;
    private final BulletinFiles files;
    private final Organs organs;
    private final Clock clock;
    private final int rectifyDays;

    AssessmentController(MonthlyAssessment assessment, BulletinFiles files, Organs organs, Clock clock,
            @Value("${gongkai.supervision.rectify-days:15}") int rectifyDays) {
        this.assessment = assessment;
        this.files = files;
        this.organs = organs;
        this.clock = clock;
        this.rectifyDays = rectifyDays;
    }

    @GetMapping("/workspace/assessment")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "month", required = false) @Nullable String month,
            Model model) {
        YearMonth m = month(month);
        MonthlyAssessment.Month result;
        try {
            result = assessment.month(user, m);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            m = lastMonth();
            result = assessment.month(user, m);
        }
        model.addAttribute("result", result);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("weights", assessment.scheme().weights());
        model.addAttribute("scheme", assessment.scheme());
        model.addAttribute("ended", result.month().atEndOfMonth().isBefore(LocalDate.now(clock)));
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1).atDay(1).isAfter(LocalDate.now(clock)) ? null : m.plusMonths(1));
        Map<Organ, Map<YearMonth, Double>> trend = assessment.trend(user, m);
        boolean anyIssued = trend.values().stream().anyMatch(s -> !s.isEmpty());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth x = m.minusMonths(11); !x.isAfter(m); x = x.plusMonths(1)) {
            months.add(x);
        }
        model.addAttribute("trendMonths", months);
        model.addAttribute("trend", anyIssued ? trend : Map.of());
        model.addAttribute("trendChart", anyIssued ? TrendChart.svg(trend, m, result.maxScore()) : null);
        return "assessment/month";
    }

    @PostMapping("/workspace/assessment/issue")
    @PreAuthorize("hasRole('COUNTY_SUPERVISOR')")
    String issue(@AuthenticationPrincipal StaffUser user, @RequestParam("month") String month, RedirectAttributes redirect) {
        YearMonth m = month(month);
        try {
            assessment.issue(user, m);
            redirect.addFlashAttribute("done", "已发布" + m.getYear() + "年" + m.getMonthValue() + "月考核结果，可以下载通报。");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/assessment?month=" + m;
    }

    @GetMapping("/workspace/assessment/{month}.docx")
    ResponseEntity<byte[]> docx(@PathVariable("month") String month) {
        Bulletin b = bulletin(month);
        return download(files.docx(b), DOCX, b, "docx");
    }

    @GetMapping("/workspace/assessment/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("month") String month) {
        Bulletin b = bulletin(month);
        try {
            return download(files.pdf(b), MediaType.APPLICATION_PDF, b, "pdf");
        } catch (ChinesePdf.MissingFontException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    /** The whole month's bulletin: it names every organ's problems, so organs read it as the supervisor does. */
    private Bulletin bulletin(String month) {
        MonthlyAssessment.Month all;
        try {
            all = assessment.issuedMonth(month(month));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        String county = organs.all().stream().filter(o -> o.parentId() == null).map(Organ::name).findFirst().orElse("");
        return Bulletin.of(all, county, assessment.scheme(), rectifyDays);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, Bulletin b, String ext) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(b.title() + "." + ext, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private YearMonth month(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return lastMonth();
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "月份应写成 2025-09 的形式");
        }
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }
}
