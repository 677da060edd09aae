package cn.gongkai.server.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since sign-in (role revoked, account disabled, password changed
 * elsewhere): the session is invalidated and the person is sent to the login page. A person signed in with
 * a temporary password reaches only the password form until he has chosen his own. Created by the
 * security configuration (not a bean, so it runs once, inside the security chain).
 */
public class SessionRevocationFilter extends OncePerRequestFilter {

    private final SessionRevocation revocation;

    public SessionRevocationFilter(SessionRevocation revocation) {
        this.revocation = revocation;
    }

    /** The password form itself, signing out, and the files the page needs. */
    private static boolean mayPassBeforeChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/workspace/password") || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/images/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico") || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffUser user && !revocation.stillValid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        if (auth != null && auth.getPrincipal() instanceof StaffUser user && !(auth instanceof SsoAuthentication)
                && !mayPassBeforeChange(request) && revocation.mustChangePassword(user)) {
            // A temporary password (new account, reset by the security administrator) is replaced first. Not after a
            // sign-in through 统一身份认证: that person used no local password; the temporary one stays to be replaced
            // at his first password sign-in.
            response.sendRedirect(request.getContextPath() + "/workspace/password?required");
            return;
        }
        chain.doFilter(request, response);
    }
}
