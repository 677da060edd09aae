package cn.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A failed insert must not write the applicant's name or contact into the log, nor onto the error page.
 * The failure is forced through the real server (Tomcat, which logs what escapes the application): a
 * unique index on the applicant's name, and the same person applying twice. Before DatabaseErrorAdvice,
 * Tomcat logged the whole exception chain, whose driver message repeats the name ("... VALUES ('欧阳罕见')").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:error-log-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ErrorLogTests {

    private static final String NAME = "欧阳罕见测试人";
    private static final String CONTACT = "13955556666";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aFailedInsertLogsNeitherTheApplicantsNameNorContact(CapturedOutput output) throws Exception {
        jdbc.sql("CREATE UNIQUE INDEX test_one_request_per_name ON disclosure_request (applicant_name)").update();
        try {
            assertThat(apply().statusCode()).as("the first request is accepted").isEqualTo(200);
            HttpResponse<String> failed = apply();
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(Jsoup.parse(failed.body()).select("h1").text()).as(failed.body()).isEqualTo("系统出错了");
            assertThat(failed.body()).doesNotContain(NAME).doesNotContain(CONTACT);
        } finally {
            jdbc.sql("DROP INDEX test_one_request_per_name").update();
        }
        String log = output.getAll();
        // The failure is logged, located, with its class and SQLState (23505: unique violation) ...
        assertThat(log).contains("数据库操作失败：POST /apply/puwei：DuplicateKeyException（SQLState 23505");
        // ... and nothing of what the applicant typed.
        assertThat(log).doesNotContain(NAME).doesNotContain(CONTACT);
    }

    private HttpResponse<String> apply() throws Exception {
        String base = "http://127.0.0.1:" + port;
        Document form = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/apply/puwei")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("_csrf", form.select("input[name=_csrf]").val());
        fields.put("applicantType", "NATURAL_PERSON");
        fields.put("applicantName", NAME);
        fields.put("idNumber", "510421198506150023");
        fields.put("contact", CONTACT);
        fields.put("description", "村道路硬化工程验收资料");
        fields.put("formWanted", "EMAIL");
        fields.put("delivery", "EMAIL");
        fields.put("challengeToken", form.select("input[name=challengeToken]").val());
        fields.put("answer", cn.gongkai.server.FormAnswers.answer(form.select("input[name=challengeToken]").val()));
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/apply/puwei"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

}
