package cn.gongkai.server.ledger;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records every login and failed login in the ledger (who, when; never the password). */
@Component
class LoginRecorder {

    private final Ledger ledger;

    LoginRecorder(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String who = event.getAuthentication().getName();
        // through 统一身份认证 (issue 16): the provider's sign-in, matched to the account of that name
        boolean sso = event.getAuthentication()
                instanceof org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
        ledger.record(new Action(who, null, sso ? "login-sso" : "login", "account", who, null, null));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String who = abbreviate(event.getAuthentication().getName());
        String why = event.getException().getClass().getSimpleName();
        ledger.record(new Action(who, null, "login-failed", "account", who, null, "{\"reason\":\"" + why + "\"}"));
    }

    /** A typed user name is untrusted input: keep it short. */
    private static String abbreviate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
