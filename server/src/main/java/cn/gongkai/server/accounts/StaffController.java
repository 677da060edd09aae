package cn.gongkai.server.accounts;

import java.util.EnumSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organ administrator's page of his organ's staff, where he asks the security administrator for changes. */
@Controller
@PreAuthorize("hasRole('ORGAN_ADMIN')")
class StaffController {

    private final Accounts accounts;
    private final AccountRequests requests;
    private final LoginThrottle throttle;

    StaffController(Accounts accounts, AccountRequests requests, LoginThrottle throttle) {
        this.accounts = accounts;
        this.requests = requests;
        this.throttle = throttle;
    }

    @GetMapping("/workspace/staff")
    String staff(@AuthenticationPrincipal StaffUser admin, Model model) {
        model.addAttribute("accounts", accounts.ofOrgan(admin.organId()).stream()
                .filter(a -> AccountAdministration.GRANTABLE.containsAll(a.roles())).toList());
        model.addAttribute("lockedNames", throttle.lockedNames());
        model.addAttribute("requests", requests.ofOrgan(admin.organId()));
        model.addAttribute("kinds", AccountRequest.Kind.values());
        model.addAttribute("grantable", AccountAdministration.GRANTABLE);
        model.addAttribute("me", admin.username());
        return "accounts/staff";
    }

    @PostMapping("/workspace/staff/requests")
    String file(@AuthenticationPrincipal StaffUser admin, @RequestParam("kind") AccountRequest.Kind kind,
            @RequestParam("username") String username,
            @RequestParam(name = "displayName", required = false) String displayName,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        try {
            requests.file(admin, new AccountRequests.Form(kind, username, displayName,
                    roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), note));
            redirect.addFlashAttribute("done", "申请已提交安全管理员办理。");
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/staff";
    }
}
