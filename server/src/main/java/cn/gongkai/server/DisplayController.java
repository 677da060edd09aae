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
    /** 高对比度 (contrast), 纯文本 (text) or the standard look; kept per visitor in a cookie, never a session. */
    static final String MODE_COOKIE = "gongkai-mode";

    @GetMapping("/display")
    String display(@RequestParam(name = "size", required = false) String size,
            @RequestParam(name = "mode", required = false) String mode,
            @RequestParam(name = "back", defaultValue = "/") String back, HttpServletResponse response) {
        if (size != null || mode == null) {
            response.addCookie(cookie(COOKIE, "large".equals(size) ? "large" : "normal"));
        }
        if (mode != null) {
            response.addCookie(cookie(MODE_COOKIE, "contrast".equals(mode) || "text".equals(mode) ? mode : "standard"));
        }
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        return cookie;
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("\r")
                && !path.contains("\n");
    }
}
