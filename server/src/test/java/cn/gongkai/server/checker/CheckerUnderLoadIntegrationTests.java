package cn.gongkai.server.checker;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.testing.HostileFiles;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11's load case against the real server: four crafted files checked at once (two PDFs of 50,000
 * glyphs on 100 pages, two DOCX of 63 MB of XML) are each answered within 10 s with the located diagnostic,
 * and while they run the portal answers in under 1 s. A load-style test because the issue asks for exactly
 * this; the bounds are the promises, the measured figures are in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:checker-under-load;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class CheckerUnderLoadIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void fourCraftedChecksAtOnceLeaveThePortalResponsive() throws Exception {
        byte[] pdf = HostileFiles.glyphFloodPdf();
        byte[] docx = HostileFiles.xmlFloodDocx();
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf(client);
        get(client, "/portal/puwei"); // warm: the first render compiles the templates
        List<CompletableFuture<HttpResponse<String>>> checks = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            byte[] body = i % 2 == 0 ? pdf : docx;
            String name = i % 2 == 0 ? "crafted" + i + ".pdf" : "crafted" + i + ".docx";
            checks.add(client.sendAsync(upload(token, name, body), HttpResponse.BodyHandlers.ofString()));
        }
        List<Long> portalMillis = new ArrayList<>();
        while (checks.stream().anyMatch(c -> !c.isDone()) && System.nanoTime() - started < 30_000_000_000L) {
            long t = System.nanoTime();
            assertThat(get(client, "/portal/puwei").statusCode()).isEqualTo(200);
            portalMillis.add((System.nanoTime() - t) / 1_000_000);
            Thread.sleep(50);
        }
        for (CompletableFuture<HttpResponse<String>> check : checks) {
            HttpResponse<String> r = check.get();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("INPUT-TOO-COMPLEX").contains("文件过大或过于复杂");
        }
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("all four answered within 10 s").isLessThan(10);
        assertThat(portalMillis).as("portal response times (ms) while the checks ran").isNotEmpty().allMatch(ms -> ms < 1000);
    }

    private HttpRequest upload(String token, String name, byte[] file) {
        String boundary = "----gongkai" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private String csrf(HttpClient client) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(client, "/check").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
