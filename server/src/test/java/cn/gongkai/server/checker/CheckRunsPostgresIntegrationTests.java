package cn.gongkai.server.checker;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.persistence.PostgresDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same migrations and the check-result storage on a real PostgreSQL: the SQL stays portable
 * between the embedded H2 default and production.
 */
@SpringBootTest
@org.springframework.test.context.ActiveProfiles("test") // the PostgreSQL URL below wins over the profile's H2
class CheckRunsPostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }

    @TestConfiguration
    static class FixedClock {
        static final java.util.concurrent.atomic.AtomicReference<Instant> NOW =
                new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-01-10T02:00:00Z"));

        @Bean
        @Primary
        Clock fixedClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("Asia/Shanghai");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @Autowired
    CheckRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRanOnPostgres() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void aStoredResultIsReadBackWithItsChineseTextIntact() {
        String json = "{\"organ\":\"米易县白坡彝族乡人民政府\",\"message\":\"表三“其他”列缺失\"}";
        UUID id = runs.save("年报.pdf", json, 1, 2, Duration.ofDays(7));
        assertThat(runs.json(id)).contains(json);
        assertThat(runs.fileName(id)).contains("年报.pdf");
    }

    @Test
    void resultsOlderThanTheKeepPeriodAreRemovedOnTheNextSave() {
        UUID old = runs.save("old.txt", "{}", 0, 0, Duration.ofDays(7));
        FixedClock.NOW.set(FixedClock.NOW.get().plus(Duration.ofDays(8)));
        UUID fresh = runs.save("new.txt", "{}", 0, 0, Duration.ofDays(7));
        assertThat(runs.json(old)).isEmpty();
        assertThat(runs.json(fresh)).isPresent();
    }
}
