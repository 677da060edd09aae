package cn.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.persistence.PostgresDatabase;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which marks the catch-up job takes (V68, {@link SearchPending#olderThan}): those older than the age by the
 * database's clock, on both databases the platform runs on. A fresh mark is its own instance's, still at work.
 */
class SearchPendingAgeTests {

    @Test
    void onH2() {
        check(new DriverManagerDataSource("jdbc:h2:mem:pending-age;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void onPostgres() {
        check(new DriverManagerDataSource(PostgresDatabase.jdbcUrl(), "postgres", "postgres"));
    }

    private static void check(DataSource db) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("DELETE FROM search_pending").update();
        SearchPending pending = new SearchPending(jdbc, new DataSourceTransactionManager(db));
        pending.mark(901); // now
        jdbc.sql("INSERT INTO search_pending (item_id, marked_at) VALUES (902, LOCALTIMESTAMP - INTERVAL '40' SECOND)").update();
        jdbc.sql("INSERT INTO search_pending (item_id, marked_at) VALUES (903, LOCALTIMESTAMP - INTERVAL '5' MINUTE)").update();
        jdbc.sql("INSERT INTO search_pending (item_id, marked_at) VALUES (903, LOCALTIMESTAMP - INTERVAL '4' MINUTE)").update();
        // by hand: 30 s takes 902 (40 s) and 903 (twice, once listed); 901 is seconds old; 2 min takes only 903
        assertThat(pending.olderThan(Duration.ofSeconds(30))).containsExactly(902L, 903L);
        assertThat(pending.olderThan(Duration.ofMinutes(2))).containsExactly(903L);
        assertThat(pending.all()).containsExactly(901L, 902L, 903L);
        try {
            pending.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
