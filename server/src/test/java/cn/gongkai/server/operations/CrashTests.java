package cn.gongkai.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: the server runs as its own process and is killed (SIGKILL, like kill -9) while staff
 * register requests as fast as they can; after a restart every request whose registration was
 * acknowledged is there. (Without WRITE_DELAY=0 in the shipped URL this test lost 11 of 68.)
 */
class CrashTests {

    @Test
    @Timeout(240)
    void everyAcknowledgedWriteSurvivesAKill(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process server = start(dir, port);
        List<String> acknowledged = new ArrayList<>();
        try {
            HttpClient http = login(port);
            AtomicBoolean killed = new AtomicBoolean();
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    return;
                }
                killed.set(true);
                server.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
            });
            killer.start();
            for (int i = 0; !killed.get() && i < 10_000; i++) {
                String description = "崩溃测试申请第" + i + "号";
                try {
                    HttpResponse<String> r = register(http, port, description);
                    if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").matches(".*/workspace/requests/\\d+")) {
                        acknowledged.add(description);
                    }
                } catch (IOException | AssertionError e) {
                    if (killed.get()) {
                        break; // the server is gone, perhaps in the middle of an answer
                    }
                    throw e;
                }
            }
            killer.join();
            server.waitFor();
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").isNotEmpty();

        Process restarted = start(dir, port);
        try {
            HttpClient http = login(port);
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workspace/requests")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("/workspace/requests/(\\d+)\"").matcher(list);
            int found = 0;
            while (m.find()) {
                found++;
            }
            // The demo data's one request for 普威镇, plus every acknowledged registration (one more may have
            // committed after its answer was lost in the kill).
            assertThat(found).isBetween(1 + acknowledged.size(), 2 + acknowledged.size());
            String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workspace/requests/"
                    + lastId(list))).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("崩溃测试申请第");
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
    }

    /**
     * Items published (drafted, submitted, approved twice) while the server is killed: after the restart
     * the search finds exactly what the portal lists, every acknowledged publication among it — the index
     * is rebuilt from the database when the kill left it behind.
     */
    @Test
    @Timeout(240)
    void theSearchIndexAgreesWithTheDatabaseAfterAKill(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process server = start(dir, port);
        int acknowledged = 0;
        try {
            HttpClient drafter = login(port, "miyi-justice.drafter");
            HttpClient first = login(port, "miyi-justice.reviewer1");
            HttpClient last = login(port, "miyi-justice.reviewer3");
            AtomicBoolean killed = new AtomicBoolean();
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    return;
                }
                killed.set(true); // before the kill: a failed answer after it is the kill's doing
                server.destroyForcibly();
            });
            killer.start();
            for (int i = 0; !killed.get() && i < 10_000; i++) {
                try {
                    publish(port, drafter, first, last, "崩溃检索稿件第" + i + "号");
                    acknowledged++;
                } catch (IOException | AssertionError e) {
                    if (killed.get()) {
                        break;
                    }
                    throw e;
                }
            }
            killer.join();
            server.waitFor();
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).as("publications acknowledged before the kill").isPositive();

        Process restarted = start(dir, port);
        try {
            HttpClient visitor = HttpClient.newHttpClient();
            String portal = visitor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/portal/miyi-justice")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher listed = Pattern.compile("共 (\\d+) 条").matcher(portal);
            assertThat(listed.find()).isTrue();
            int published = Integer.parseInt(listed.group(1));
            assertThat(published).isBetween(acknowledged, acknowledged + 1);
            String search = visitor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/search?q="
                    + URLEncoder.encode("崩溃检索稿件", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(search).contains("找到 " + published + " 条信息");
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
    }

    /** Drafts, submits and approves through 司法局's two-step chain; returns once the last approval is answered. */
    private static void publish(int port, HttpClient drafter, HttpClient first, HttpClient last, String title) throws Exception {
        String base = "http://127.0.0.1:" + port;
        String form = drafter.send(HttpRequest.newBuilder(URI.create(base + "/workspace/items/new")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> created = post(drafter, port, "/workspace/items", Map.of("_csrf", csrf(form), "title", title,
                "kind", "NOTICE", "body", "<p>" + title + "的正文。</p>"));
        String item = created.headers().firstValue("Location").orElseThrow(() -> new AssertionError("草稿未保存")).replace(base, "");
        for (HttpClient who : new HttpClient[] {drafter, first, last}) {
            String page = who.send(HttpRequest.newBuilder(URI.create(base + item)).build(), HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> r = who == drafter ? post(who, port, item + "/submit", Map.of("_csrf", csrf(page)))
                    : post(who, port, item + "/approve", Map.of("_csrf", csrf(page), "confidentiality", "不涉密，可以公开"));
            if (r.statusCode() != 302) {
                throw new AssertionError(item + " 的审核步骤返回 " + r.statusCode());
            }
        }
    }

    /** The database URL application.yml ships, so that the test judges the real settings. */
    @SuppressWarnings("unchecked")
    private static String shippedUrl() throws IOException {
        try (var in = CrashTests.class.getResourceAsStream("/application.yml")) {
            Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(in);
            return (String) ((Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("datasource")).get("url");
        }
    }

    private static String lastId(String list) {
        Matcher m = Pattern.compile("/workspace/requests/(\\d+)\"").matcher(list);
        m.find();
        return m.group(1);
    }

    private static Process start(Path dir, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "cn.gongkai.server.GongkaiApplication",
                "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=0",
                "--spring.datasource.url=" + shippedUrl().replace("./data/gongkai", dir.resolve("gongkai").toAbsolutePath().toString()),
                "--gongkai.files.root=" + dir.resolve("files"), "--gongkai.search.directory=" + dir.resolve("search"),
                "--logging.level.root=warn", "--gongkai.demo.activity=false").redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new AssertionError("服务 90 秒内没有启动，见 " + dir.resolve("server.log"));
    }

    /**
     * Signs in, at the first try: the port opens only after the demo county is written (DemoData runs before
     * the web server starts), so a fresh server that answers /login also knows its accounts.
     */
    private static HttpClient login(int port) throws Exception {
        return login(port, "puwei.drafter");
    }

    private static HttpClient login(int port, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> r = post(http, port, "/login",
                Map.of("_csrf", csrf(form), "username", username, "password", "Gongkai-Demo-2026"));
        assertThat(r.headers().firstValue("Location").orElse("")).as(username + " 登录").endsWith("/workspace");
        return http;
    }

    private static HttpResponse<String> register(HttpClient http, int port, String description) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workspace/requests/new")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return post(http, port, "/workspace/requests", Map.of("_csrf", csrf(form), "channel", "COUNTER",
                "receivedOn", java.time.LocalDate.now().toString(), "applicantType", "NATURAL_PERSON", "applicantName", "测试",
                "idNumber", "510421199001011233", "contact", "13700000000", "description", description, "formWanted", "PAPER",
                "delivery", "POST"));
    }

    private static HttpResponse<String> post(HttpClient http, int port, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("页面上没有 CSRF 令牌：" + html.substring(0, Math.min(300, html.length())));
        }
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
