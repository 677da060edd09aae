package cn.gongkai.server.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per name and address and per address ({@link LoginThrottle}). Every failure counts:
 * wrong password, unknown name (Spring reports it as a bad password after hashing a dummy one, so the time
 * taken is the same), disabled account.
 */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }
}
