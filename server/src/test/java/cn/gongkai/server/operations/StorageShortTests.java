package cn.gongkai.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gongkai.server.DemoLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A data directory short of space, simulated by a minimum free space no disk has (1024 TB): health says
 * OUT_OF_SERVICE with the directory, a write is refused 503 with the Chinese page before it starts, reading
 * goes on. (Before: Boot's diskSpace check watched the working directory, health said UP, writes ran into
 * the full disk and gave 500.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:storage-short;DB_CLOSE_DELAY=-1", "gongkai.storage.min-free-space=1024TB"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class StorageShortTests {

    @LocalManagementPort
    int managementPort;

    @Autowired
    MockMvc mvc;

    @Test
    void healthSaysOutOfServiceAndNamesTheDirectory() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"OUT_OF_SERVICE\"").contains("\"dataDirectory\"")
                .contains("target/test-files").contains("\"short\":true").contains("平台暂停保存")
                .doesNotContain("diskSpace");
    }

    @Test
    void aWriteIsRefused503InChineseAndReadingGoesOn() throws Exception {
        var drafter = DemoLogin.session(mvc, "puwei.drafter");

        MockHttpServletResponse refused = mvc.perform(post("/workspace/items").session(drafter).with(csrf())
                .param("title", "存储不足时的草稿").param("kind", "WORK_NEWS").param("body", "<p>正文</p>")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("300");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("服务器存储空间不足，暂时不能保存")
                .contains("空间恢复后无需重启");
        assertThat(mvc.perform(get("/workspace/items").session(drafter)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
