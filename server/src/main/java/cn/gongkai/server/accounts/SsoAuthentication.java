package cn.gongkai.server.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A session signed in through 统一身份认证: the principal is the account's {@link StaffUser}, exactly as after a
 * password sign-in (so pages, the session cap and {@link SessionRevocation} treat both alike); the provider's ID
 * token is kept for signing out at the provider too (RP-initiated logout needs it as {@code id_token_hint}).
 */
public final class SsoAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final StaffUser staff;
    private final OidcIdToken idToken;
    private final String registrationId;

    SsoAuthentication(StaffUser staff, OidcIdToken idToken, String registrationId, Object details) {
        super(staff.getAuthorities());
        this.staff = staff;
        this.idToken = idToken;
        this.registrationId = registrationId;
        setDetails(details);
        setAuthenticated(true);
    }

    /** The completed OpenID Connect sign-in, with the account in place of the provider's user. */
    static Authentication from(Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken t && t.getPrincipal() instanceof SsoPrincipal p) {
            return new SsoAuthentication(p.staff(), p.getIdToken(), t.getAuthorizedClientRegistrationId(),
                    t.getDetails() == null ? "" : t.getDetails());
        }
        return authentication;
    }

    /** What Spring Security's RP-initiated logout handler reads: the registration and the ID token. */
    OAuth2AuthenticationToken forProviderLogout() {
        return new OAuth2AuthenticationToken(new DefaultOidcUser(getAuthorities(), idToken), getAuthorities(),
                registrationId);
    }

    @Override
    public StaffUser getPrincipal() {
        return staff;
    }

    /** No password: the provider checked the person. */
    @Override
    public Object getCredentials() {
        return "";
    }
}
