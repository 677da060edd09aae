package cn.gongkai.server.accounts;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees it, with the organ and roles the platform needs.
 * {@code credentialsVersion}: the account's number when this person signed in (V37); the session ends
 * once the database has another (a role, password or enabled change).
 */
public record StaffUser(long accountId, String username, String displayName, long organId, Set<Role> roles,
        String passwordHash, boolean enabled, boolean locked, int credentialsVersion) implements UserDetails {

    /** A user outside a session (tests, commands): no credentials version to compare. */
    public StaffUser(long accountId, String username, String displayName, long organId, Set<Role> roles,
            String passwordHash, boolean enabled, boolean locked) {
        this(accountId, username, displayName, organId, roles, passwordHash, enabled, locked, 0);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "StaffUser[" + username + ", organ " + organId + ", " + roles + "]";
    }
}
