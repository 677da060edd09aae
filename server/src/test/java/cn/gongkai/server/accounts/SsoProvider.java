package cn.gongkai.server.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the single sign-on tests (mock-oauth2-server on a random port of this
 * machine): discovery, authorization code, tokens signed with its own keys, user information, end session.
 * Stands in for the province's 统一身份认证; one per test class, started before the application.
 */
public final class SsoProvider {

    public static final String ISSUER = "province";
    public static final String CLIENT_ID = "gongkai-county";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public SsoProvider() {
        server.start();
    }

    /** Turns single sign-on on in the application under test, against this provider. */
    public void register(DynamicPropertyRegistry properties) {
        properties.add("gongkai.sso.enabled", () -> "true");
        properties.add("gongkai.sso.issuer-uri", this::issuer);
        properties.add("gongkai.sso.client-id", () -> CLIENT_ID);
        properties.add("gongkai.sso.client-secret", () -> "test-client-secret");
    }

    public String issuer() {
        return server.issuerUrl(ISSUER).toString();
    }

    public String origin() {
        return server.baseUrl().toString().replaceAll("/$", "");
    }

    /** The next sign-in at the provider is this person, with these claims (e.g. preferred_username). */
    public void nextSignIn(String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", null, claims, 3600));
    }

    /** The paths (with query) of the requests the provider has received since the last call. */
    public List<String> received() {
        List<String> paths = new ArrayList<>();
        while (true) {
            try {
                var r = server.takeRequest(50, TimeUnit.MILLISECONDS);
                paths.add(r.getPath());
            } catch (RuntimeException none) {
                return paths;
            }
        }
    }

    public void stop() {
        server.shutdown();
    }
}
