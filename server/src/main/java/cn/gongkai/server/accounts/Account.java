package cn.gongkai.server.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person's account: one organ and roles in it. Sign-in locks are not part of the account (they are per
 * name and address, {@link LoginThrottle}).
 */
public record Account(long id, String username, String displayName, long organId, boolean enabled, Set<Role> roles) {

    /**
     * The form callers used before V62 dropped the unused lock columns; {@code failedLogins} and
     * {@code lockedUntil} are ignored.
     */
    public Account(long id, String username, String displayName, long organId, boolean enabled, int failedLogins,
            @Nullable OffsetDateTime lockedUntil, Set<Role> roles) {
        this(id, username, displayName, organId, enabled, roles);
    }
}
