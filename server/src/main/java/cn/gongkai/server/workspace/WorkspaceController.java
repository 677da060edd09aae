package cn.gongkai.server.workspace;

import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The staff workspace: who I am, my organ, and the organs I may see; every organ page checked on the server. */
@Controller
class WorkspaceController {

    private final Organs organs;
    private final cn.gongkai.server.annualreport.AnnualReportService reports;

    private final cn.gongkai.server.holidays.HolidayCalendar holidays;
    private final java.time.Clock clock;

    private final TodoList todos;

    WorkspaceController(Organs organs, cn.gongkai.server.annualreport.AnnualReportService reports,
            cn.gongkai.server.holidays.HolidayCalendar holidays, java.time.Clock clock, TodoList todos) {
        this.todos = todos;
        this.organs = organs;
        this.reports = reports;
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping("/workspace")
    String home(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organ", organs.byId(user.organId()).orElse(null));
        List<Organ> visible = organs.all().stream().filter(o -> OrganAccess.canView(user, o)).toList();
        model.addAttribute("organs", visible);
        model.addAttribute("reportReminder", reports.reminder(user).orElse(null));
        List<Todo.Group> todo = todos.of(user);
        model.addAttribute("todo", todo);
        model.addAttribute("todoCount", todo.stream().mapToInt(Todo.Group::count).sum());
        // From 1 November the system administrator (who maintains the calendar) is told when next year's
        // holiday notice is still missing: deadlines into that year are provisional (暂定) until it is loaded.
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        model.addAttribute("calendarWarning", user.has(cn.gongkai.server.accounts.Role.SYSTEM_ADMIN)
                && holidays.nextYearNoticeMissing(today) ? today.getYear() + 1 : null);
        return "workspace/home";
    }

    @GetMapping("/workspace/organs/{code}")
    String organ(@AuthenticationPrincipal StaffUser user, @PathVariable("code") String code, Model model) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!OrganAccess.canView(user, organ)) {
            // 404 rather than 403: a stranger learns nothing about which organs exist.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("user", user);
        model.addAttribute("organ", organ);
        model.addAttribute("children", organs.children(organ.id()));
        return "workspace/organ";
    }
}
