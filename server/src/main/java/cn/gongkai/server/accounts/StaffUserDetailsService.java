package cn.gongkai.server.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a staff account for login; an account locked until a later time is reported locked. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    StaffUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no password"));
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(OffsetDateTime.now(clock));
        return new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(), hash, a.enabled(), locked,
                accounts.credentialsVersion(username));
    }
}
