package cn.gongkai.server.accounts;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the province's 统一身份认证 by OpenID Connect (issue 16), beside the password form, when
 * {@code gongkai.sso.enabled} is true: the authorization code flow of Spring Security's OAuth2 client, the person
 * matched to an existing account ({@link SsoUserService}), and signing out at the provider as well
 * (RP-initiated logout to its {@code end_session_endpoint}). Off by default: a small installation keeps passwords.
 */
@Component
@ConditionalOnProperty(name = "gongkai.sso.enabled", havingValue = "true")
public class SsoLogin {

    private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);

    private final SsoRegistrations registrations;
    private final SsoUserService users;
    private final Ledger ledger;
    private final String buttonLabel;

    SsoLogin(Accounts accounts, LoginThrottle throttle, Ledger ledger,
            @Value("${gongkai.sso.issuer-uri:}") String issuerUri, @Value("${gongkai.sso.client-id:}") String clientId,
            @Value("${gongkai.sso.client-secret:}") String clientSecret,
            @Value("${gongkai.sso.scopes:openid,profile}") List<String> scopes,
            @Value("${gongkai.sso.username-claim:preferred_username}") String usernameClaim,
            @Value("${gongkai.sso.button-label:使用统一身份认证登录}") String buttonLabel) {
        this.registrations = new SsoRegistrations(issuerUri.strip(), clientId.strip(), clientSecret, scopes);
        this.users = new SsoUserService(accounts, throttle, usernameClaim.strip());
        this.ledger = ledger;
        this.buttonLabel = buttonLabel.strip();
    }

    /** The login page's button. */
    public String buttonLabel() {
        return buttonLabel;
    }

    /** Where the login page's button goes: Spring Security's redirect to the provider. */
    public String signInPath() {
        return "/oauth2/authorization/" + SsoRegistrations.ID;
    }

    /**
     * The provider's origin, for the policy's {@code form-action}: the sign-out form's answer redirects there
     * (Chromium applies {@code form-action} to the redirects after a form too).
     */
    public String providerOrigin() {
        URI issuer = URI.create(registrations.issuerUri());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    /** Adds the OpenID Connect sign-in to the staff chain. */
    public void configure(HttpSecurity http) throws Exception {
        // the provider unreachable: a Chinese answer on the login page instead of Spring's bare 500
        http.addFilterBefore(new org.springframework.web.filter.OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !(request.getContextPath() + signInPath()).equals(request.getRequestURI());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
                if (registrations.available()) {
                    chain.doFilter(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?sso-error");
                }
            }
        }, org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class);
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(registrations)
                // the provider's tokens live and die with the session (not in a map of this instance)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(u -> u.oidcUserService(users))
                .successHandler(successHandler())
                .failureHandler(this::refused)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        asStaffSignIn(http, filter);
                        return filter;
                    }
                }));
    }

    /**
     * After the sign-in the session holds the account's {@link StaffUser}, as after a password, and the session
     * cap and the new session id are applied to it: both the session strategy and the saved security context see
     * an {@link SsoAuthentication} in place of Spring's OAuth2 token.
     */
    private static void asStaffSignIn(HttpSecurity http, OAuth2LoginAuthenticationFilter filter) {
        SessionAuthenticationStrategy shared = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (shared != null) {
            filter.setSessionAuthenticationStrategy((authentication, request, response) ->
                    shared.onAuthentication(SsoAuthentication.from(authentication), request, response));
        }
        HttpSessionSecurityContextRepository inSession = new HttpSessionSecurityContextRepository() {
            @Override
            public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
                Authentication signedIn = context.getAuthentication();
                if (signedIn != null) {
                    context.setAuthentication(SsoAuthentication.from(signedIn));
                }
                super.saveContext(context, request, response);
            }
        };
        // the order of Spring's default repository: this request's attribute, then the session
        filter.setSecurityContextRepository(
                new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), inSession));
    }

    private static SimpleUrlAuthenticationSuccessHandler successHandler() {
        SimpleUrlAuthenticationSuccessHandler h = new SimpleUrlAuthenticationSuccessHandler("/workspace");
        h.setAlwaysUseDefaultTargetUrl(true);
        return h;
    }

    /**
     * Signing out ends the session here (the logout filter has invalidated it before this runs) and, for a
     * session signed in through 统一身份认证, at the provider: the browser goes to its end-session endpoint, which
     * sends it back to the login page. A password session goes straight to the login page.
     */
    public LogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        provider.setDefaultTargetUrl("/login?logout");
        return (request, response, authentication) -> provider.onLogoutSuccess(request, response,
                authentication instanceof SsoAuthentication sso ? sso.forProviderLogout() : authentication);
    }

    /** A refused or failed sign-in: a Chinese answer on the login page, a ledger entry for a refused person. */
    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        String page;
        if (e instanceof SsoRefusal r) {
            String who = r.claimed() == null ? "（未提供账号名）" : abbreviate(r.claimed());
            ledger.record(new Action(who, null, "login-failed", "account", who, null,
                    "{\"reason\":\"" + r.reason().text + "\"}"));
            page = switch (r.reason()) {
                case UNKNOWN -> "/login?sso-unknown";
                case DISABLED -> "/login?sso-disabled";
                case LOCKED -> "/login?locked";
            };
        } else {
            // state mismatch, provider error, bad token: the OAuth2 error code only (never a token)
            log.warn("统一身份认证登录未完成：{}", e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException o
                    ? o.getError().getErrorCode() : e.getClass().getSimpleName());
            page = "/login?sso-error";
        }
        // the session held only the authorization request: no session is left for an anonymous visitor
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + page);
    }

    /** A name from the provider goes into the ledger: keep it short and free of JSON quoting. */
    private static String abbreviate(String s) {
        String plain = s.replaceAll("[\"\\\\\\p{Cntrl}]", "");
        return plain.length() > 64 ? plain.substring(0, 64) : plain;
    }
}
