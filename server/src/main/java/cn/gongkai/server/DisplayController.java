package cn.gongkai.server;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 适老化: switches the large-text display on or off for this browser (a cookie, no script) and
 * returns to the page the person was on. Only local paths are returned to (no open redirect).
 */
@Controller
class DisplayController {

    static final String COOKIE = "gongkai-text";

    @GetMapping("/display")
    String display(@RequestParam(name = "size", defaultValue = "normal") String size,
            @RequestParam(name = "back", defaultValue = "/") String back, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, "large".equals(size) ? "large" : "normal");
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("\r")
                && !path.contains("\n");
    }
}
