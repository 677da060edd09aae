package cn.gongkai.server.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A page that runs this server's scripts says so while it is being made: the content security policy of
 * its response then has {@code script-src 'self'} instead of {@code 'none'} (SecurityConfiguration writes
 * the header when the response is committed, after the controller). Only the 正文 editor's pages do.
 */
public final class ScriptedPage {

    public static final String ATTRIBUTE = ScriptedPage.class.getName();

    private ScriptedPage() {
    }

    /** The current request's page loads {@code /js/} scripts (and what they import from {@code /webjars/}). */
    public static void allowThisServersScripts() {
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
}
