package cn.gongkai.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Anonymous visitors at an address no controller answers get 404 (the portal's error page), not the login
 * page: a mistyped public address is not a staff page. Addresses that exist (the workspace) still lead to
 * the login.
 */
final class UnknownAddressEntryPoint implements AuthenticationEntryPoint {

    private final HandlerMapping mappings;
    private final AuthenticationEntryPoint login;

    UnknownAddressEntryPoint(HandlerMapping mappings, AuthenticationEntryPoint login) {
        this.mappings = mappings;
        this.login = login;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (known(request)) {
            login.commence(request, response, e);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean known(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/workspace")) {
            return true; // staff addresses never tell an anonymous visitor which of them exist
        }
        try {
            return mappings.getHandler(request) != null;
        } catch (HttpRequestMethodNotSupportedException wrongMethod) {
            return true;
        } catch (Exception other) {
            return true; // when in doubt, the safe answer: ask for a login
        }
    }
}
