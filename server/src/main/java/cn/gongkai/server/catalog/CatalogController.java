package cn.gongkai.server.catalog;

import cn.gongkai.server.accounts.StaffUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organ administrator's page for the organ's 公开目录. */
@Controller
@PreAuthorize("hasRole('ORGAN_ADMIN')")
class CatalogController {

    private static final String PAGE = "redirect:/workspace/catalog";

    private final CatalogService service;

    CatalogController(CatalogService service) {
        this.service = service;
    }

    @GetMapping("/workspace/catalog")
    String page(@AuthenticationPrincipal StaffUser admin, Model model) {
        model.addAttribute("catalog", service.of(admin.organId()));
        model.addAttribute("channels", CatalogEntry.CHANNELS);
        model.addAttribute("audiences", CatalogEntry.AUDIENCES);
        model.addAttribute("modes", CatalogEntry.MODES);
        model.addAttribute("levels", CatalogEntry.LEVELS);
        return "catalog/edit";
    }

    @PostMapping("/workspace/catalog/areas")
    String areas(@AuthenticationPrincipal StaffUser admin,
            @RequestParam(name = "area", required = false) @Nullable List<String> areas, RedirectAttributes redirect) {
        return act(redirect, "已保存本机关涉及的领域。", () -> service.selectAreas(admin, areas == null ? List.of() : areas));
    }

    @PostMapping("/workspace/catalog/note")
    String note(@AuthenticationPrincipal StaffUser admin, @RequestParam("note") String note, RedirectAttributes redirect) {
        return act(redirect, "已保存未涉及领域说明。", () -> service.saveNote(admin, note));
    }

    @PostMapping("/workspace/catalog/entries")
    String add(@AuthenticationPrincipal StaffUser admin, @RequestParam("areaCode") String areaCode,
            @RequestParam("firstLevel") String firstLevel,
            @RequestParam(name = "secondLevel", required = false) @Nullable String secondLevel,
            @RequestParam(name = "contentElements", required = false) @Nullable String contentElements,
            @RequestParam(name = "basis", required = false) @Nullable String basis,
            @RequestParam("timeLimit") String timeLimit,
            @RequestParam(name = "timeLimitDays", required = false) @Nullable String timeLimitDays,
            @RequestParam("subject") String subject,
            @RequestParam(name = "channel", required = false) @Nullable List<String> channels,
            @RequestParam(name = "audience", required = false) @Nullable List<String> audience,
            @RequestParam(name = "mode", required = false) @Nullable List<String> modes,
            @RequestParam(name = "level", required = false) @Nullable List<String> levels, RedirectAttributes redirect) {
        return act(redirect, "已添加公开事项。", () -> service.addEntry(admin, new CatalogService.EntryForm(areaCode,
                firstLevel, secondLevel, contentElements, basis, timeLimit, days(timeLimitDays), subject, list(channels),
                list(audience), list(modes), list(levels))));
    }

    @PostMapping("/workspace/catalog/entries/{id}/delete")
    String delete(@AuthenticationPrincipal StaffUser admin, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(redirect, "已删除公开事项。", () -> service.deleteEntry(admin, id));
    }

    private static String act(RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
        } catch (CatalogException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return PAGE;
    }

    private static @Nullable Integer days(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new CatalogException("公开时限的工作日数应是整数，例如 20");
        }
    }

    private static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
