package cn.gongkai.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Web security: the report checker is public; the staff workspace needs a login. CSRF protection
 * on every form, strict headers, a content security policy that allows no script (but this server's own on
 * the pages of the 正文 editor, {@link ContentSecurityPolicy}), and everything not listed closed.
 */
@Configuration
@EnableMethodSecurity
// Not for ./gongkai report, which runs the application without a web server.
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * Health and metrics: open on the management port, which is bound to the loopback interface only
     * (application.yml); the public port never serves them.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest
                        .toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain web(HttpSecurity http, cn.gongkai.server.accounts.SessionRevocation revocation,
            cn.gongkai.server.accounts.LoginThrottle throttle,
            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
            org.springframework.web.servlet.HandlerMapping mappings,
            org.springframework.beans.factory.ObjectProvider<org.springframework.session.FindByIndexNameSessionRepository<?>> sessionsInDatabase,
            org.springframework.beans.factory.ObjectProvider<cn.gongkai.server.accounts.SsoLogin> ssoLogin)
            throws Exception {
        // 统一身份认证 by OpenID Connect beside the password form, when gongkai.sso.enabled (issue 16)
        cn.gongkai.server.accounts.SsoLogin sso = ssoLogin.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        // Login locks per name and address and per address, for unknown names alike (issue 11).
        http.addFilterBefore(new cn.gongkai.server.accounts.LoginThrottleFilter(throttle),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // Sessions end on account changes (issue 11): checked against the database before authorization.
        http.addFilterBefore(new cn.gongkai.server.accounts.SessionRevocationFilter(revocation),
                org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                        // the editor's script and its modules: static files, read only (the handlers answer GET and HEAD)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/js/**", "/webjars/**").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.HEAD, "/js/**", "/webjars/**").permitAll()
                        .requestMatchers("/", "/check", "/check/**", "/portal/**", "/search", "/apply", "/apply/**", "/feedback/**", "/api/reports/**", "/display", "/css/**", "/images/**", "/robots.txt", "/sitemap.xml", "/sitemap", "/contact", "/favicon.ico", "/error", "/login").permitAll()
                        // the three administrators see no business content (issue 11: these pages gave them 500)
                        .requestMatchers("/workspace/requests", "/workspace/requests/**", "/workspace/feedback",
                                "/workspace/feedback/**").hasAnyRole("DRAFTER", "FIRST_REVIEWER", "SECOND_REVIEWER",
                                "FINAL_REVIEWER", "ORGAN_ADMIN", "COUNTY_SUPERVISOR")
                        .requestMatchers("/workspace", "/workspace/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workspace", true)
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(logout -> {
                    logout.logoutSuccessUrl("/login?logout");
                    if (sso != null) {
                        // ends the provider's session too (RP-initiated logout), then comes back to /login?logout
                        logout.logoutSuccessHandler(sso.logoutSuccessHandler());
                    }
                })
                .headers(h -> h
                        // script-src 'none' but on the pages of the 正文 editor, which mark themselves ('self' there);
                        // signing out of a provider session redirects the sign-out form there (form-action)
                        .addHeaderWriter(new ContentSecurityPolicy(sso == null ? "" : sso.providerOrigin()))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(b -> b.disable())
                // An address nothing answers is the portal's 404 page, not the login page; known staff
                // addresses still ask for a login.
                .exceptionHandling(e -> e.authenticationEntryPoint(new UnknownAddressEntryPoint(mappings,
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"))));
        // No session for anonymous visitors (issue 11): the CSRF token of the public forms (the checker's upload,
        // login) lives in a cookie, and an anonymous /workspace visit is not remembered (login always goes to
        // /workspace). Only the application and complaint forms still need a session, for their question.
        http.csrf(c -> c.csrfTokenRepository(new org.springframework.security.web.csrf.CookieCsrfTokenRepository()))
                .requestCache(c -> c.requestCache(new org.springframework.security.web.savedrequest.NullRequestCache()))
                // At most gongkai.sessions.max-per-account sessions per account; the oldest ends (this instance's
                // registry; with sessions in the database, Spring Session's registry takes its place).
                .sessionManagement(s -> {
                    var cap = s.maximumSessions(maxSessionsPerAccount).expiredUrl("/login?expired");
                    ClusterSessions.registry(sessionsInDatabase).ifPresent(cap::sessionRegistry);
                });
        return http.build();
    }

    @org.springframework.beans.factory.annotation.Value("${gongkai.sessions.max-per-account:3}")
    private int maxSessionsPerAccount;

    /** Tells the session registry of ended sessions, so the per-account cap counts only live ones. */
    @Bean
    org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

}
