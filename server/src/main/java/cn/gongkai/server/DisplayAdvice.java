package cn.gongkai.server;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether the large-text display is on, and the path to come back to after switching. */
@ControllerAdvice
class DisplayAdvice {

    @ModelAttribute("largeText")
    boolean largeText(@CookieValue(name = DisplayController.COOKIE, required = false) String size) {
        return "large".equals(size);
    }

    /** contrast, text or standard (DisplayController.MODE_COOKIE). */
    @ModelAttribute("displayMode")
    String displayMode(@CookieValue(name = DisplayController.MODE_COOKIE, required = false) String mode) {
        return "contrast".equals(mode) || "text".equals(mode) ? mode : "standard";
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
