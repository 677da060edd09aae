package cn.gongkai.server.accounts;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees it, with the organ and roles the platform needs. */
public record StaffUser(long accountId, String username, String displayName, long organId, Set<Role> roles,
        String passwordHash, boolean enabled, boolean locked) implements UserDetails {

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
