package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider (issue 16), over real HTTP: the whole authorization code
 * flow lands on the workspace as the account named by the provider's {@code preferred_username}; a person without
 * an account here, or with a disabled one, is refused in Chinese; signing out ends the session here and at the
 * provider; an account change ends an SSO session like a password one; a temporary local password does not hold
 * an SSO person on the password form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sso-login-test;DB_CLOSE_DELAY=-1",
        // account changes made straight in the database below: no second of caching
        "gongkai.sessions.revocation-check-cache=0s",
        // each test signs its own account in once; the cap test needs a cap it can reach
        "gongkai.sessions.max-per-account=1"})
@ActiveProfiles("test")
@DirtiesContext
class SsoLoginTests {

    static final SsoProvider provider = new SsoProvider();

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry properties) {
        provider.register(properties);
    }

    @AfterAll
    static void stop() {
        provider.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageOffersTheProvidersButtonBesideThePasswordForm() throws Exception {
        HttpResponse<String> page = get(url("/login"));
        assertThat(page.body()).contains("使用统一身份认证登录").contains("href=\"/oauth2/authorization/sso\"")
                .contains("name=\"password\"");
        // the sign-out form's answer goes to the provider: the policy allows that origin and no other
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + provider.origin());
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aMappedPersonLandsOnTheWorkspaceAsHisAccountAndTheLedgerSaysSo() throws Exception {
        provider.nextSignIn("5104211990-puwei", Map.of("preferred_username", "puwei.drafter", "name", "普威镇撰稿人"));
        List<URI> hops = signInAtProvider();
        assertThat(hops.getLast().getPath()).isEqualTo("/workspace");
        HttpResponse<String> workspace = get(hops.getLast());
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).contains("米易县普威镇人民政府 撰稿人");
        // the provider was really asked: discovery, code for tokens
        assertThat(provider.received()).anyMatch(p -> p.startsWith("/province/token"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE action = 'login-sso' AND actor = 'puwei.drafter'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPersonWithoutAnAccountHereIsToldTheSecurityAdministratorCreatesIt() throws Exception {
        provider.nextSignIn("5104211985-nobody", Map.of("preferred_username", "province.only"));
        List<URI> hops = signInAtProvider();
        assertThat(hops.getLast().toString()).endsWith("/login?sso-unknown");
        HttpResponse<String> page = get(hops.getLast());
        assertThat(page.body()).contains("本平台还没有与之对应的账号").contains("账号须先由安全管理员在本平台创建")
                .contains("security.admin");
        assertThat(get(url("/workspace")).headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE action = 'login-failed' AND actor = 'province.only'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE username = 'gaoping.drafter'").update();
        provider.nextSignIn("5104211980-gaoping", Map.of("preferred_username", "gaoping.drafter"));
        List<URI> hops = signInAtProvider();
        assertThat(hops.getLast().toString()).endsWith("/login?sso-disabled");
        assertThat(get(hops.getLast()).body()).contains("对应账号已停用");
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        provider.nextSignIn("5104211970-baipo", Map.of("preferred_username", "baipo.reviewer1"));
        URI workspace = signInAtProvider().getLast();
        HttpResponse<String> page = get(workspace);
        assertThat(page.statusCode()).isEqualTo(200);
        String session = cookie("JSESSIONID");
        provider.received();

        HttpResponse<String> out = post(url("/logout"), "_csrf=" + csrf(page.body()));
        URI endSession = URI.create(out.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.toString()).startsWith(provider.issuer() + "/endsession");
        assertThat(endSession.getQuery()).contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + url("/login?logout"));
        List<URI> back = follow(endSession);
        assertThat(provider.received()).anyMatch(p -> p.startsWith("/province/endsession"));
        assertThat(back.getLast().toString()).endsWith("/login?logout");
        assertThat(get(back.getLast()).body()).contains("已安全退出");

        // the old session cookie no longer opens the workspace
        HttpResponse<String> again = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(url("/workspace")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void anAccountChangeEndsAnSsoSessionAsItEndsAPasswordOne() throws Exception {
        provider.nextSignIn("5104211960-xiaopu", Map.of("preferred_username", "xiaopu.drafter"));
        URI workspace = signInAtProvider().getLast();
        assertThat(get(workspace).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE account SET credentials_version = credentials_version + 1 WHERE username = 'xiaopu.drafter'")
                .update();
        HttpResponse<String> after = get(workspace);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
    }

    @Test
    void aTemporaryLocalPasswordDoesNotHoldAnSsoPersonOnThePasswordForm() throws Exception {
        jdbc.sql("UPDATE account SET must_change_password = TRUE WHERE username = 'baipo.drafter'").update();
        provider.nextSignIn("5104211950-baipo", Map.of("preferred_username", "baipo.drafter"));
        URI workspace = signInAtProvider().getLast();
        HttpResponse<String> page = get(url("/workspace/items"));
        assertThat(page.statusCode()).as(workspace + " then /workspace/items").isEqualTo(200);
    }

    @Test
    void anSsoSignInCountsAgainstTheSessionCapTogetherWithPasswordSessions() throws Exception {
        HttpClient office = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = office.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> password = office.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=binggu.drafter&password=" + cn.gongkai.server.DemoLogin.PASSWORD
                        + "&_csrf=" + csrf(form))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/workspace");
        assertThat(office.send(HttpRequest.newBuilder(url("/workspace")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);

        // at most one session per account here: the SSO sign-in of the same account ends the password session
        provider.nextSignIn("5104211940-binggu", Map.of("preferred_username", "binggu.drafter"));
        assertThat(get(signInAtProvider().getLast()).statusCode()).isEqualTo(200);
        HttpResponse<String> old = office.send(HttpRequest.newBuilder(url("/workspace")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(old.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
    }

    /** Login page → the SSO button → the provider → back with a code: every address on the way. */
    private List<URI> signInAtProvider() throws Exception {
        HttpResponse<String> login = get(url("/login"));
        Matcher button = Pattern.compile("id=\"sso\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"sso\"").matcher(login.body());
        assertThat(button.find()).as("SSO button on the login page").isTrue();
        String href = button.group(1) != null ? button.group(1) : button.group(2);
        List<URI> hops = follow(url(href));
        assertThat(hops).as("went through the provider").anyMatch(u -> u.toString().startsWith(provider.issuer() + "/authorize"));
        return hops;
    }

    /** Follows redirects up to (not into) a page of this application that answers 200, or any non-redirect. */
    private List<URI> follow(URI start) throws Exception {
        List<URI> hops = new ArrayList<>();
        URI at = start;
        for (int i = 0; i < 10; i++) {
            hops.add(at);
            HttpResponse<String> r = get(at);
            if (r.statusCode() / 100 != 3) {
                return hops;
            }
            at = at.resolve(r.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("too many redirects: " + hops);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
