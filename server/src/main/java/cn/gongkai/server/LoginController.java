package cn.gongkai.server;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page (the form posts to Spring Security's /login; 统一身份认证 is a link beside it, when on). */
@Controller
class LoginController {

    private final cn.gongkai.server.accounts.UnlockContact unlockContact;
    private final java.time.Duration lockFor;

    private final org.springframework.beans.factory.ObjectProvider<cn.gongkai.server.accounts.SsoLogin> sso;

    LoginController(cn.gongkai.server.accounts.UnlockContact unlockContact,
            @org.springframework.beans.factory.annotation.Value("${gongkai.login.lock-for:15m}") java.time.Duration lockFor,
            org.springframework.beans.factory.ObjectProvider<cn.gongkai.server.accounts.SsoLogin> sso) {
        this.unlockContact = unlockContact;
        this.lockFor = lockFor;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked,
            @RequestParam(name = "sso-unknown", required = false) String ssoUnknown, Model model) {
        sso.ifAvailable(s -> {
            model.addAttribute("ssoLabel", s.buttonLabel());
            model.addAttribute("ssoPath", s.signInPath());
        });
        if (ssoUnknown != null) {
            // who creates accounts: the same security administrator who unlocks them
            model.addAttribute("accountContact", unlockContact.text());
        }
        if (locked != null) {
            // issue 16: name who can unlock (the security administrator), not "本机关管理员", who cannot
            model.addAttribute("unlockContact", unlockContact.text());
            model.addAttribute("lockMinutes", Math.max(1, lockFor.toMinutes()));
        }
        return "login";
    }
}
