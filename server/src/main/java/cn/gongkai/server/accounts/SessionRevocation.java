package cn.gongkai.server.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in person's session is still good: the account exists, is enabled and has the
 * credentials version the person signed in with. The database is the truth, so a change made on one
 * instance ends the sessions on every instance; each instance keeps the answer for at most
 * {@code gongkai.sessions.revocation-check-cache} (default 1 s) so a busy page does not read the account
 * on every request, and forgets it at once when the change is made here.
 */
@Component
public class SessionRevocation {

    private record Seen(Accounts.CredentialsState state, long atNanos) {
    }

    private final Accounts accounts;
    private final long cacheNanos;
    // Bounded by the number of accounts (a county has hundreds), so no eviction policy is needed.
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    SessionRevocation(Accounts accounts, @Value("${gongkai.sessions.revocation-check-cache:1s}") Duration cache) {
        this.accounts = accounts;
        this.cacheNanos = cache.toNanos();
    }

    public boolean stillValid(StaffUser user) {
        Accounts.CredentialsState state = state(user);
        return state != null && state.enabled() && state.version() == user.credentialsVersion();
    }

    /** Signed in with a temporary password (new account, reset): nothing but the password form until changed. */
    public boolean mustChangePassword(StaffUser user) {
        Accounts.CredentialsState state = state(user);
        return state != null && state.mustChangePassword();
    }

    private Accounts.@org.jspecify.annotations.Nullable CredentialsState state(StaffUser user) {
        long now = System.nanoTime();
        Seen s = seen.get(user.accountId());
        if (s == null || now - s.atNanos() > cacheNanos) {
            var state = accounts.credentialsState(user.accountId()).orElse(null);
            if (state == null) {
                seen.remove(user.accountId());
                return null;
            }
            s = new Seen(state, now);
            seen.put(user.accountId(), s);
        }
        return s.state();
    }

    /** The account was changed here: check the database at the next request. */
    void changed(long accountId) {
        seen.remove(accountId);
    }
}
