package cn.gongkai.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Health and metrics answer on the management port (loopback only) and not on the public site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:management-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class ManagementEndpointTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> health = get("http://127.0.0.1:" + managementPort + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(managementPort).isNotEqualTo(port);
        // On the public site the path is closed like any unknown one (the portal's 404), and says nothing of health.
        HttpResponse<String> publicSide = get("http://127.0.0.1:" + port + "/actuator/health");
        assertThat(publicSide.statusCode()).isIn(302, 403, 404);
        assertThat(publicSide.body()).doesNotContain("\"UP\"").doesNotContain("\"db\"").doesNotContain("components");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
