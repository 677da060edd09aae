package cn.gongkai.server.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's account: one organ, roles in it, and the lockout state. */
public record Account(long id, String username, String displayName, long organId, boolean enabled, int failedLogins,
        @Nullable OffsetDateTime lockedUntil, Set<Role> roles) {
}
