package cn.gongkai.server.publication;

import cn.gongkai.server.shared.PortalChanged;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.OrganProfile;
import cn.gongkai.server.organs.OrganProfiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organ administrator edits what the generated 政府信息公开指南 states: the disclosure office
 * (Art. 12) and a note of their own. The guide's update date moves with every save (Art. 53).
 */
@Controller
@PreAuthorize("hasRole('ORGAN_ADMIN')")
class GuideController {

    static final int MAX_FIELD = 200;
    static final int MAX_NOTE = 5000;

    private final OrganProfiles profiles;
    private final Ledger ledger;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GuideController(OrganProfiles profiles, Ledger ledger, Clock clock, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.ledger = ledger;
        this.clock = clock;
        this.events = events;
    }

    @GetMapping("/workspace/guide")
    String form(@AuthenticationPrincipal StaffUser admin, Model model) {
        model.addAttribute("profile", profiles.of(admin.organId()).orElse(null));
        return "publication/guide-form";
    }

    @PostMapping("/workspace/guide")
    @Transactional
    String save(@AuthenticationPrincipal StaffUser admin, @RequestParam("officeName") String officeName,
            @RequestParam(name = "address", defaultValue = "") String address,
            @RequestParam(name = "officeHours", defaultValue = "") String officeHours,
            @RequestParam(name = "phone", defaultValue = "") String phone,
            @RequestParam(name = "fax", defaultValue = "") String fax,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "guideNote", defaultValue = "") String guideNote, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        if (officeName.isBlank()) {
            problems.add("请填写政府信息公开工作机构名称");
        }
        for (String[] f : new String[][] {{"机构名称", officeName}, {"办公地址", address}, {"办公时间", officeHours},
                {"联系电话", phone}, {"传真号码", fax}, {"互联网联系方式", email}}) {
            if (f[1].strip().length() > MAX_FIELD) {
                problems.add(f[0] + "不能超过 " + MAX_FIELD + " 字");
            }
        }
        if (guideNote.strip().length() > MAX_NOTE) {
            problems.add("补充说明不能超过 " + MAX_NOTE + " 字");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problem", String.join("；", problems));
            return "redirect:/workspace/guide";
        }
        OrganProfile before = profiles.of(admin.organId()).orElse(null);
        OrganProfile after = new OrganProfile(admin.organId(), officeName.strip(), blankToNull(address),
                blankToNull(officeHours), blankToNull(phone), blankToNull(fax), blankToNull(email), LocalDate.now(clock),
                blankToNull(guideNote));
        profiles.save(after);
        ledger.record(new Action(admin.username(), admin.organId(), "guide-change", "organ",
                Long.toString(admin.organId()), before == null ? null : LedgerJson.guide(before), LedgerJson.guide(after)));
        // The guide is a portal page: its cached copy must go.
        events.publishEvent(PortalChanged.organPages(admin.organId()));
        redirect.addFlashAttribute("done", "政府信息公开指南已更新，门户即时显示。");
        return "redirect:/workspace/guide";
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
