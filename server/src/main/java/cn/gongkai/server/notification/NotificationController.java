package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知设置: where the signed-in person wants to be told of work and near deadlines. */
@Controller
class NotificationController {

    private final StaffContacts contacts;
    private final NotificationSettings settings;

    NotificationController(StaffContacts contacts, NotificationSettings settings) {
        this.contacts = contacts;
        this.settings = settings;
    }

    @GetMapping("/workspace/notifications")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("contact", contacts.of(user.accountId()));
        model.addAttribute("enabled", settings.enabled());
        model.addAttribute("sms", settings.smsOn());
        model.addAttribute("digestDays", settings.digestDays());
        return "notification/settings";
    }

    @PostMapping("/workspace/notifications")
    String save(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "phone", defaultValue = "") String phone, RedirectAttributes redirect) {
        contacts.save(user.accountId(), email, phone).ifPresentOrElse(p -> redirect.addFlashAttribute("problem", p),
                () -> redirect.addFlashAttribute("done", "通知设置已保存。"));
        return "redirect:/workspace/notifications";
    }
}
