package cn.gongkai.server.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account pages: roles (security administrator only) and one's own password. */
@Controller
class AccountController {

    private final AccountAdministration administration;
    private final org.springframework.security.web.context.SecurityContextRepository contexts =
            new org.springframework.security.web.context.HttpSessionSecurityContextRepository();

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/workspace/accounts")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String accounts(@AuthenticationPrincipal StaffUser admin, Model model) {
        model.addAttribute("accounts", administration.accounts(admin));
        model.addAttribute("grantable", AccountAdministration.GRANTABLE);
        return "accounts/list";
    }

    @PostMapping("/workspace/accounts/{username}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String roles(@AuthenticationPrincipal StaffUser admin, @PathVariable("username") String username,
            @RequestParam(name = "roles", required = false) List<Role> roles, RedirectAttributes redirect) {
        Set<Role> requested = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            administration.setRoles(admin, username, requested);
            redirect.addFlashAttribute("done", "已更新 " + username + " 的角色。");
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/accounts";
    }

    @PostMapping("/workspace/accounts/{username}/enabled")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String enabled(@AuthenticationPrincipal StaffUser admin, @PathVariable("username") String username,
            @RequestParam("enabled") boolean enabled, RedirectAttributes redirect) {
        try {
            administration.setEnabled(admin, username, enabled);
            redirect.addFlashAttribute("done", (enabled ? "已启用 " : "已停用 ") + username + "。");
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/accounts";
    }

    @GetMapping("/workspace/password")
    String passwordForm() {
        return "accounts/password";
    }

    @PostMapping("/workspace/password")
    String password(@AuthenticationPrincipal StaffUser user, @RequestParam("current") String current,
            @RequestParam("replacement") String replacement, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        try {
            StaffUser renewed = administration.changePassword(user, current, replacement);
            // This session stays signed in with the new credentials version; the account's other sessions end.
            var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated(renewed, null, renewed.getAuthorities()));
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            redirect.addFlashAttribute("done", "密码已修改，本账号的其他登录已失效；下次登录请使用新密码。");
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/password";
    }
}
