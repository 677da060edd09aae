package cn.gongkai.server;

import cn.gongkai.server.shared.ScriptedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The content security policy: no script at all, except on the pages that hold the 正文 editor, where
 * scripts from this server only ({@code 'self'}: {@code /js/body-editor.js} and the modules it imports from
 * {@code /webjars/}). Those pages mark themselves ({@link ScriptedPage}): the new-item form (also when shown
 * again after a refused save) and an item's page when it holds the edit form for its drafter; a reviewer's
 * view of the same item stays without script. Never inline script, inline style or eval: the editor needs
 * none of them (it styles through classes and the CSSOM, which the policy does not govern). Written when
 * the response is committed (Spring Security's default), so after the controller has marked the page.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    static final String NO_SCRIPT = policy("'none'", "");
    static final String EDITOR = policy("'self'", "");

    private final String noScript;
    private final String editor;

    ContentSecurityPolicy() {
        this("");
    }

    /** {@code formActions}: further form targets, e.g. the 统一身份认证 provider that the sign-out form is redirected to. */
    ContentSecurityPolicy(String formActions) {
        this.noScript = policy("'none'", formActions);
        this.editor = policy("'self'", formActions);
    }

    private static String policy(String scripts, String formActions) {
        return "default-src 'self'; img-src 'self' data:; script-src " + scripts
                + "; object-src 'none'; frame-ancestors 'none'; form-action 'self'"
                + (formActions.isBlank() ? "" : " " + formActions);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, Boolean.TRUE.equals(request.getAttribute(ScriptedPage.ATTRIBUTE)) ? editor : noScript);
        }
    }
}
