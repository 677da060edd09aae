package cn.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Issue 11's 500s that only the real server (Tomcat) shows: over-size POSTs and a NUL in a file name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:error-answers-it;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anOverSizeFormPostIs413WithAChinesePage() throws Exception {
        // 1.2 M characters of text, 10.8 MB encoded: over Tomcat's form limit
        String token = csrf();
        String body = "_csrf=" + token + "&text=" + URLEncoder.encode("字".repeat(1_200_000), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("太大");
    }

    @Test
    void tooManyPartsIs413() throws Exception {
        String token = csrf();
        String boundary = "----gongkai" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(part(boundary, "_csrf", null, token.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 100; i++) {
            body.writeBytes(part(boundary, "files", "r" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8)));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(boundary, body.toByteArray());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void aNulInAFileNameIs400WithAMessage(CapturedOutput log) throws Exception {
        String token = csrf();
        String boundary = "----gongkai" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(part(boundary, "_csrf", null, token.getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(part(boundary, "files", "report\u0000.txt", "2025年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(boundary, body.toByteArray());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("文件名含有不允许的字符");
        assertThat(log.getAll()).contains("拒绝了文件名含非法字符的上传").doesNotContain("InvalidFileNameException");
    }

    private HttpResponse<String> send(String boundary, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] part(String boundary, String name, String fileName, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain") + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private String csrf() throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
