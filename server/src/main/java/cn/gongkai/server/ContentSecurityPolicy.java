package cn.gongkai.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The content security policy: no script at all, except on the pages that hold the 正文 editor, where
 * scripts from this server only ({@code 'self'}: {@code /js/body-editor.js} and the modules it imports from
 * {@code /webjars/}). Never inline script, inline style or eval: the editor needs none of them (it styles
 * through classes and the CSSOM, which the policy does not govern). Those pages are the new-item form (also
 * shown again after a refused save) and an item's page, which holds the edit form for its drafter.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    static final String NO_SCRIPT = policy("'none'");
    static final String EDITOR = policy("'self'");

    /** GET of the new-item form or an item's page. */
    private static final Pattern EDITOR_PAGE = Pattern.compile("/workspace/items/(?:new|[0-9]+)");
    /** POST of a new item, which shows the form again when the save is refused. */
    private static final String NEW_ITEM = "/workspace/items";

    private static String policy(String scripts) {
        return "default-src 'self'; img-src 'self' data:; script-src " + scripts
                + "; object-src 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    static boolean editorPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && EDITOR_PAGE.matcher(path).matches()
                || "POST".equals(method) && NEW_ITEM.equals(path);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, editorPage(request) ? EDITOR : NO_SCRIPT);
        }
    }
}
