package cn.gongkai.server.holidays;

import cn.gongkai.calendar.CalendarDay;
import cn.gongkai.server.accounts.StaffUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's page for the holiday notices (节假日安排). */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class HolidayController {

    static final long MAX_CSV_BYTES = 64 * 1024;

    private final HolidayCalendar calendar;

    HolidayController(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/workspace/calendar")
    String page(Model model) {
        model.addAttribute("years", calendar.years());
        model.addAttribute("lastYear", calendar.current().lastAnnouncedYear());
        model.addAttribute("nextYear", calendar.current().lastAnnouncedYear() + 1);
        return "holidays/calendar";
    }

    @PostMapping("/workspace/calendar/years")
    String replace(@AuthenticationPrincipal StaffUser admin, @RequestParam("year") String year,
            @RequestParam(name = "csv", defaultValue = "") String csv,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            int y = parseYear(year);
            String text = csv;
            String name = "粘贴的内容";
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > MAX_CSV_BYTES) {
                    throw new HolidayException("文件超过 64 KB，一年的节假日安排不会这么大，请检查是否选错了文件");
                }
                text = new String(file.getBytes(), StandardCharsets.UTF_8);
                name = "上传的文件";
            } else if (csv.length() > MAX_CSV_BYTES) {
                throw new HolidayException("粘贴的内容超过 64 KB，请检查是否粘贴错了内容");
            }
            int n = calendar.replaceYear(admin, y, text.replace("\uFEFF", ""), name);
            redirect.addFlashAttribute("done", y + " 年节假日安排已保存（" + n + " 天）。之后计算的期限都按新安排。");
        } catch (HolidayException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("csv", csv.length() > MAX_CSV_BYTES ? "" : csv);
        }
        return "redirect:/workspace/calendar";
    }

    /** One notice year in the CSV format the form takes, to correct and upload again. */
    @GetMapping("/workspace/calendar/{year}.csv")
    ResponseEntity<String> download(@PathVariable("year") int year) {
        StringBuilder b = new StringBuilder("date,kind,holiday,notice_year\n");
        for (CalendarDay d : calendar.current().notices()) {
            if (d.noticeYear() == year) {
                b.append(d.date()).append(',').append(d.kind().id()).append(',').append(d.holiday()).append(',')
                        .append(d.noticeYear()).append('\n');
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"holidays-" + year + ".csv\"")
                .body(b.toString());
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new HolidayException("年份“" + year + "”不是数字，请填写如 " + (LocalDate.now().getYear() + 1) + " 的年份");
        }
    }
}
