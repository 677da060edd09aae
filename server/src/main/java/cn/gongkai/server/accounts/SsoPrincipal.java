package cn.gongkai.server.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The person the provider vouched for, already matched to his account here ({@link SsoUserService}). Lives
 * only while the sign-in is being completed: {@link SsoLogin} then puts an {@link SsoAuthentication} with the
 * plain {@link StaffUser} into the session, which every page expects.
 */
final class SsoPrincipal extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final StaffUser staff;

    SsoPrincipal(StaffUser staff, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(staff.getAuthorities(), idToken, userInfo);
        this.staff = staff;
    }

    StaffUser staff() {
        return staff;
    }

    /** The account's name, so that the sign-in events (ledger, login throttle) name the account as for a password. */
    @Override
    public String getName() {
        return staff.username();
    }
}
