package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.persistence.PostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two instances listening on one PostgreSQL: a committed change reaches both within a second, a change
 * that rolls back reaches neither (the notice is part of the transaction).
 */
class PortalChangeNotificationsPostgresIntegrationTests {

    @Test
    void aCommittedChangeReachesEveryInstanceWithinASecondAndARolledBackOneNone() throws Exception {
        String url = PostgresDatabase.jdbcUrl();
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        try (var onA = new PortalChangeNotifications(url, "postgres", "postgres", a::incrementAndGet);
                var onB = new PortalChangeNotifications(url, "postgres", "postgres", b::incrementAndGet)) {
            waitUntil(() -> onA.listening() && onB.listening(), 10_000);
            Thread.sleep(100);
            int a0 = a.get();
            int b0 = b.get(); // each counted its own connection once (anything missed before it listened)
            assertThat(a0).isEqualTo(1);
            assertThat(b0).isEqualTo(1);

            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute(PortalChangeNotifications.NOTIFY);
                }
                c.rollback();
                Thread.sleep(1_000);
                assertThat(a.get()).as("rolled back: no notice").isEqualTo(a0);
                assertThat(b.get()).isEqualTo(b0);

                try (Statement s = c.createStatement()) {
                    s.execute(PortalChangeNotifications.NOTIFY);
                }
                Thread.sleep(300);
                assertThat(a.get()).as("not before the commit").isEqualTo(a0);
                long committed = System.nanoTime();
                c.commit();
                waitUntil(() -> a.get() == a0 + 1 && b.get() == b0 + 1, 1_000);
                assertThat((System.nanoTime() - committed) / 1_000_000).isLessThan(1_000);
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited %d ms", millis).isLessThan(end);
            Thread.sleep(20);
        }
    }
}
