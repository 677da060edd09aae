package cn.gongkai.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.persistence.PostgresDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ledger's chain on a real PostgreSQL: concurrent appends serialize on the head row, hashes re-verify. */
@SpringBootTest
@org.springframework.test.context.ActiveProfiles("test") // the PostgreSQL URL below wins over the profile's H2
class LedgerPostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentAppendsOnPostgresFormOneIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    ledger.record(new Action("pg" + thread, null, "edit", "item", "pg-" + i, null, "{\"标题\":\"第" + i + "条\"}"));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(ledger.verify().intact()).isTrue();
        long entries = jdbc.sql("SELECT count(*) FROM ledger_entry").query(Long.class).single();
        long lastId = jdbc.sql("SELECT max(id) FROM ledger_entry").query(Long.class).single();
        assertThat(lastId).as("ids without gaps").isEqualTo(entries);
    }
}
