package cn.gongkai.server.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins: after {@code maxFailures} in a row the account is locked for {@code lockFor}. */
@Component
class LoginAttempts {

    private final Accounts accounts;
    private final LoginSettings settings;
    private final Clock clock;

    LoginAttempts(Accounts accounts, LoginSettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        accounts.byUsername(username).ifPresent(a -> {
            int failures = a.failedLogins() + 1;
            if (failures >= settings.maxFailures()) {
                accounts.recordFailure(username, 0, OffsetDateTime.now(clock).plus(settings.lockFor()));
            } else {
                accounts.recordFailure(username, failures, a.lockedUntil());
            }
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
