package cn.gongkai.server.accounts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Matches the person the provider vouched for to an existing account by one claim of his ID token or user
 * information ({@code gongkai.sso.username-claim}, default {@code preferred_username}): the claim's value is the
 * account's user name here. A sign-in never creates an account, and it is refused as a password sign-in would be
 * for a disabled account or a name locked at this address.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final String usernameClaim;

    SsoUserService(Accounts accounts, LoginThrottle throttle, String usernameClaim) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Object value = person.getClaims().get(usernameClaim);
        String username = value == null ? "" : value.toString().strip();
        Optional<Account> found = username.isEmpty() ? Optional.empty() : accounts.byUsername(username);
        if (found.isEmpty()) {
            throw new SsoRefusal(SsoRefusal.Reason.UNKNOWN, username.isEmpty() ? null : username);
        }
        Account a = found.get();
        if (!a.enabled()) {
            throw new SsoRefusal(SsoRefusal.Reason.DISABLED, a.username());
        }
        String address = address();
        if (address != null && throttle.locked(a.username(), address)) {
            throw new SsoRefusal(SsoRefusal.Reason.LOCKED, a.username());
        }
        // The same fields as StaffUserDetailsService gives a password sign-in: the session cap counts this account's
        // sessions of both kinds together (the session registry tells principals apart by equality).
        StaffUser staff = new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(),
                accounts.passwordHash(a.username()).orElse(""), a.enabled(), false,
                accounts.credentialsVersion(a.username()));
        return new SsoPrincipal(staff, person.getIdToken(), person.getUserInfo());
    }

    private static @Nullable String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                ? r.getRequest().getRemoteAddr() : null;
    }
}
