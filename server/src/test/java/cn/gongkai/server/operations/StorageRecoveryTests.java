package cn.gongkai.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gongkai.server.DemoLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded H2 file database on a disk that fills up and frees again ({@link FullDisk}: every write fails
 * with "No space left on device", as the full disk did). While full: H2 closes the database, every
 * write is answered 503 with the Chinese storage page (not 500), health's databaseWrite says DOWN. Once space returns:
 * the very next writes succeed and health is UP, without a restart — the pool evicts the connections of the
 * closed database (StorageFailures) and opens it anew. Before, every page stayed 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class StorageRecoveryTests {

    static {
        FullDisk.register();
    }

    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("gongkai-full-disk");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:full:" + dir.resolve("gongkai") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @AfterAll
    static void cleanUp() {
        FullDisk.free();
    }

    @LocalManagementPort
    int managementPort;

    @Autowired
    MockMvc mvc;

    @Test
    void writesAre503WhileTheDiskIsFullAndWorkAgainOnceSpaceReturns() throws Exception {
        MockHttpSession drafter = DemoLogin.session(mvc, "puwei.drafter");
        assertThat(draft(drafter, "磁盘满之前").getStatus()).isEqualTo(302);
        assertThat(status("databaseWrite")).isEqualTo("UP");

        FullDisk.fill();
        try {
            for (int i = 0; i < 3; i++) {
                MockHttpServletResponse refused = draft(drafter, "磁盘满时" + i);
                assertThat(refused.getStatus()).as("write %d while full", i).isEqualTo(503);
                assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("服务器存储空间不足，暂时不能保存");
            }
            // Boot's db check only reads, which a reopened database still can; the write check tells the truth.
            assertThat(status("databaseWrite")).isEqualTo("DOWN");
            String down = health();
            assertThat(down).contains("数据库无法写入").contains("\"status\":\"DOWN\"}");
        } finally {
            FullDisk.free();
        }

        // Once space is back the health check's write reopens the database; the next saves work.
        assertThat(status("databaseWrite")).isEqualTo("UP");
        assertThat(draft(drafter, "空间恢复后").getStatus()).isEqualTo(302);
        assertThat(draft(drafter, "空间恢复后第二条").getStatus()).isEqualTo(302);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/workspace/items")
                .session(drafter)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("磁盘满之前").contains("空间恢复后第二条").doesNotContain("磁盘满时");
    }

    private MockHttpServletResponse draft(MockHttpSession session, String title) throws Exception {
        return mvc.perform(post("/workspace/items").session(session).with(csrf()).param("title", title)
                .param("kind", "WORK_NEWS").param("body", "<p>正文</p>")).andReturn().getResponse();
    }

    /** The status of one of health's components. */
    private String status(String component) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + component + "\":\\{.*?\"status\":\"(\\w+)\"")
                .matcher(health());
        return m.find() ? m.group(1) : "absent";
    }

    private String health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
