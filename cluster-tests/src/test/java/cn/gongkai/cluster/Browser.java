package cn.gongkai.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person's browser does, over plain HTTP: keeps its cookies (all instances are 127.0.0.1, so the same
 * cookies go to each), reads the CSRF token from a page's form and sends forms. A visitor without cookies is
 * {@link #anonymous()}: the page cache serves only visitors without a session.
 */
final class Browser {

    static final String PASSWORD = "Gongkai-Demo-2026"; // README 演示账号
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private String csrf;

    private Browser(HttpClient http) {
        this.http = http;
    }

    static Browser withCookies() {
        return new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    static Browser anonymous() {
        return new Browser(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("_csrf", csrf);
        StringBuilder body = new StringBuilder();
        all.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in at {@code base} (an instance or the balancer); then a workspace page gives the form token. */
    Browser signIn(String base, String username) throws IOException, InterruptedException {
        takeToken(get(base + "/login").body());
        var r = post(base + "/login", Map.of("username", username, "password", PASSWORD));
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || !to.endsWith("/workspace")) {
            throw new IllegalStateException(username + " 登录失败：" + r.statusCode() + " " + to);
        }
        refreshToken(base);
        return this;
    }

    void refreshToken(String base) throws IOException, InterruptedException {
        var page = get(base + "/workspace/items/new");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("工作台页面 " + page.statusCode());
        }
        takeToken(page.body());
    }

    private void takeToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("页面中没有 CSRF 令牌");
        }
        csrf = m.group(1);
    }

    /** A draft notice; returns its id (from the redirect to its page), or fails. */
    long createDraft(String base, String title) throws IOException, InterruptedException {
        var r = post(base + "/workspace/items", Map.of("title", title, "kind", "NOTICE", "body", "<p>" + title + "正文。</p>"));
        return idFrom(r);
    }

    static long idFrom(HttpResponse<String> r) {
        Matcher m = Pattern.compile("/workspace/items/(\\d+)$").matcher(r.headers().firstValue("Location").orElse(""));
        if (r.statusCode() != 302 || !m.find()) {
            throw new IllegalStateException("新建信息未被确认：" + r.statusCode());
        }
        return Long.parseLong(m.group(1));
    }

    /** Text of a page without its tags (search results mark the matched words). */
    static String text(String html) {
        return html.replaceAll("<[^>]+>", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
