package cn.gongkai.server.checker;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

/** The two pages that refuse a check for the server's sake, with their status and Retry-After. */
final class CheckerRefusals {

    private CheckerRefusals() {
    }

    /** Every slot is taken (503): try again shortly. */
    static String busy(Model model, HttpServletResponse response, Duration retryAfter) {
        return page(model, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, retryAfter, "系统繁忙，请稍后再试",
                "现在同时检查的报告较多，系统繁忙，请稍后再试：约 " + minutesOrSeconds(retryAfter) + "后重新提交即可，已上传的文件不会保存。");
    }

    /** This address has used its share of the window (429). */
    static String tooMany(Model model, HttpServletResponse response, Duration retryAfter) {
        return page(model, response, 429, retryAfter, "检查次数过多，请稍后再试",
                "您所在的网络地址在短时间内检查的文件过多，请约 " + minutesOrSeconds(retryAfter)
                        + "后再试。需要检查大量报告的，请使用命令行 ./gongkai check 文件夹，或登录工作台使用批量体检。");
    }

    private static String page(Model model, HttpServletResponse response, int status, Duration retryAfter, String title,
            String message) {
        response.setStatus(status);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "checker/busy";
    }

    private static String minutesOrSeconds(Duration d) {
        return d.toSeconds() >= 120 ? (d.toSeconds() + 59) / 60 + " 分钟" : Math.max(1, d.toSeconds()) + " 秒";
    }
}
