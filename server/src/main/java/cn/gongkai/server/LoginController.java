package cn.gongkai.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page (the form posts to Spring Security's /login). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
