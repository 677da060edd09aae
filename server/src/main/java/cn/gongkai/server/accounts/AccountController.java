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

/**
 * Account pages: the security administrator's (create, roles, disable, unlock, reset, requests of the organ
 * administrators) and one's own password.
 */
@Controller
class AccountController {

    private final AccountAdministration administration;
    private final AccountRequests requests;
    private final cn.gongkai.server.organs.Organs organs;
    private final org.springframework.security.web.context.SecurityContextRepository contexts =
            new org.springframework.security.web.context.HttpSessionSecurityContextRepository();

    private final SessionRevocation revocation;

    AccountController(AccountAdministration administration, AccountRequests requests,
            cn.gongkai.server.organs.Organs organs, SessionRevocation revocation) {
        this.revocation = revocation;
        this.administration = administration;
        this.requests = requests;
        this.organs = organs;
    }

    @GetMapping("/workspace/accounts")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String accounts(@AuthenticationPrincipal StaffUser admin, Model model) {
        model.addAttribute("accounts", administration.accounts(admin));
        model.addAttribute("grantable", AccountAdministration.GRANTABLE);
        model.addAttribute("organs", organs.all());
        model.addAttribute("organNames", organs.all().stream().collect(java.util.stream.Collectors.toMap(
                cn.gongkai.server.organs.Organ::id, cn.gongkai.server.organs.Organ::name)));
        model.addAttribute("lockedNames", administration.lockedNames(admin));
        model.addAttribute("lockedAddresses", administration.lockedAddresses(admin));
        model.addAttribute("requests", requests.pending(admin));
        return "accounts/list";
    }

    @PostMapping("/workspace/accounts")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String create(@AuthenticationPrincipal StaffUser admin, @RequestParam("username") String username,
            @RequestParam("displayName") String displayName, @RequestParam(name = "organ", defaultValue = "0") long organ,
            @RequestParam(name = "roles", required = false) List<Role> roles, RedirectAttributes redirect) {
        return handOver(redirect, "已新建账号 " + username.strip().toLowerCase(java.util.Locale.ROOT) + "。",
                () -> administration.create(admin, new AccountAdministration.NewAccount(username, displayName, organ,
                        roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))));
    }

    @PostMapping("/workspace/accounts/{username}/reset")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String reset(@AuthenticationPrincipal StaffUser admin, @PathVariable("username") String username,
            RedirectAttributes redirect) {
        return handOver(redirect, "已重置 " + username + " 的密码，其登录已失效、锁定已解除。",
                () -> administration.resetPassword(admin, username));
    }

    @PostMapping("/workspace/accounts/{username}/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String unlock(@AuthenticationPrincipal StaffUser admin, @PathVariable("username") String username,
            RedirectAttributes redirect) {
        return done(redirect, "已解除 " + username + " 的登录锁定。", () -> administration.unlock(admin, username));
    }

    @PostMapping("/workspace/accounts/addresses/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String unlockAddress(@AuthenticationPrincipal StaffUser admin, @RequestParam("address") String address,
            RedirectAttributes redirect) {
        return done(redirect, "已解除地址 " + address + " 的登录锁定。", () -> administration.unlockAddress(admin, address));
    }

    @PostMapping("/workspace/accounts/requests/{id}/carry-out")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String carryOut(@AuthenticationPrincipal StaffUser admin, @PathVariable("id") long id, RedirectAttributes redirect) {
        return handOver(redirect, "已按申请办理。", () -> requests.carryOut(admin, id).orElse(null));
    }

    @PostMapping("/workspace/accounts/requests/{id}/refuse")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String refuse(@AuthenticationPrincipal StaffUser admin, @PathVariable("id") long id,
            @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
        return done(redirect, "已答复不予办理。", () -> requests.refuse(admin, id, reason));
    }

    /** A change that may hand over a temporary password: shown once, on the next page only. */
    private static String handOver(RedirectAttributes redirect, String message,
            java.util.function.Supplier<@org.jspecify.annotations.Nullable String> change) {
        try {
            String temporary = change.get();
            redirect.addFlashAttribute("done", message);
            if (temporary != null) {
                redirect.addFlashAttribute("temporaryPassword", temporary);
            }
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/accounts";
    }

    private static String done(RedirectAttributes redirect, String message, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", message);
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/accounts";
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
    String passwordForm(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("required", revocation.mustChangePassword(user));
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
