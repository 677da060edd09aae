package cn.gongkai.server;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page (the form posts to Spring Security's /login). */
@Controller
class LoginController {

    private final cn.gongkai.server.accounts.UnlockContact unlockContact;
    private final java.time.Duration lockFor;

    LoginController(cn.gongkai.server.accounts.UnlockContact unlockContact,
            @org.springframework.beans.factory.annotation.Value("${gongkai.login.lock-for:15m}") java.time.Duration lockFor) {
        this.unlockContact = unlockContact;
        this.lockFor = lockFor;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
        if (locked != null) {
            // issue 16: name who can unlock (the security administrator), not "本机关管理员", who cannot
            model.addAttribute("unlockContact", unlockContact.text());
            model.addAttribute("lockMinutes", Math.max(1, lockFor.toMinutes()));
        }
        return "login";
    }
}
