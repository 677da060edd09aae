package cn.gongkai.server.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a staff account for login. Accounts are not locked as a whole (anyone could then lock anyone out
 * by guessing); {@link LoginThrottle} locks a name at the guessing address instead.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    StaffUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no password"));
        return new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(), hash, a.enabled(), false,
                accounts.credentialsVersion(username));
    }
}
