package cn.gongkai.server.supervision;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.shared.CsvDownload;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 监督检查与整改台账: the supervisor records findings and accepts rectifications, the organ rectifies. */
@Controller
class InspectionController {

    private final InspectionService service;
    private final Organs organs;
    private final Clock clock;

    InspectionController(InspectionService service, Organs organs, Clock clock) {
        this.service = service;
        this.organs = organs;
        this.clock = clock;
    }

    @GetMapping("/workspace/inspections")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        List<Organ> all = organs.all();
        model.addAttribute("findings", service.visibleTo(user));
        model.addAttribute("organNames", names(all));
        model.addAttribute("organs", all);
        model.addAttribute("categories", InspectionFinding.Category.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/inspections";
    }

    @PostMapping("/workspace/inspections")
    String record(@AuthenticationPrincipal StaffUser user, @RequestParam("organ") String organ,
            @RequestParam("category") InspectionFinding.Category category, @RequestParam("description") String description,
            @RequestParam(name = "location", defaultValue = "") String location,
            @RequestParam(name = "inspectedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return act(redirect, () -> "已记录问题 " + service.record(user, organ, category, description, location, on).number()
                + "，已通知被检查机关整改。");
    }

    @PostMapping("/workspace/inspections/{id}/rectify")
    String rectify(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("rectification") String text, RedirectAttributes redirect) {
        return act(redirect, () -> {
            service.rectify(user, id, text);
            return "已提交整改情况，等待县政务公开办确认。";
        });
    }

    @PostMapping("/workspace/inspections/{id}/confirm")
    String confirm(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            service.confirm(user, id);
            return "已确认整改完成。";
        });
    }

    @PostMapping("/workspace/inspections/{id}/reopen")
    String reopen(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("comment") String comment,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            service.reopen(user, id, comment);
            return "已退回机关重新整改。";
        });
    }

    /** The 整改台账 as a spreadsheet: every finding visible to the user, with its rectification. */
    @GetMapping("/workspace/inspections.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal StaffUser user) {
        Map<Long, String> names = names(organs.all());
        return CsvDownload.of("inspections-" + LocalDate.now(clock) + ".csv", csv -> {
            csv.printRecord("编号", "机关", "检查日期", "问题类别", "问题描述", "问题位置", "整改期限", "状态", "整改情况", "整改日期",
                    "整改人", "退回意见", "确认日期", "确认人");
            for (InspectionFinding f : service.visibleTo(user)) {
                csv.printRecord(f.number(), names.get(f.organId()), f.inspectedOn(), f.category().chinese(), f.description(),
                        blank(f.location()), f.rectifyBy(), f.status().chinese(), blank(f.rectification()),
                        blank(f.rectifiedOn()), blank(f.rectifiedBy()), blank(f.reviewComment()), blank(f.confirmedOn()),
                        blank(f.confirmedBy()));
            }
        });
    }

    private static Map<Long, String> names(List<Organ> all) {
        return all.stream().collect(Collectors.toMap(Organ::id, Organ::name, (a, b) -> a));
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    private static String act(RedirectAttributes redirect, java.util.function.Supplier<String> step) {
        try {
            redirect.addFlashAttribute("done", step.get());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/inspections";
    }
}
