package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.persistence.PostgresDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances' schedulers on one PostgreSQL (the shedlock table of V67, the lock provider the server
 * makes): a job both start at the same moment runs once per round, on one of them.
 */
class SchedulerLockPostgresIntegrationTests {

    @Test
    void aJobStartedByTwoInstancesAtOnceRunsOnce() throws Exception {
        DriverManagerDataSource db = new DriverManagerDataSource(PostgresDatabase.jdbcUrl(), "postgres", "postgres");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        // each "instance" has a lock provider of its own, made as SchedulingConfiguration makes it
        LockingTaskExecutor a = new DefaultLockingTaskExecutor(new SchedulingConfiguration().lockProvider(db));
        LockingTaskExecutor b = new DefaultLockingTaskExecutor(new SchedulingConfiguration().lockProvider(db));
        AtomicInteger runs = new AtomicInteger();
        int rounds = 5;
        CyclicBarrier together = new CyclicBarrier(2);
        CountDownLatch done = new CountDownLatch(2);
        for (LockingTaskExecutor instance : new LockingTaskExecutor[] {a, b}) {
            Thread.ofPlatform().start(() -> {
                try {
                    for (int round = 0; round < rounds; round++) {
                        together.await();
                        // held at least 300 ms: the other instance's start, a few ms later, finds it taken
                        instance.executeWithLock((Runnable) runs::incrementAndGet, new LockConfiguration(Instant.now(),
                                "test-job-" + round, Duration.ofMinutes(1), Duration.ofMillis(300)));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        // worked out by hand: 5 rounds, one run each, whichever instance got there first; 10 would be both
        assertThat(runs.get()).isEqualTo(5);
    }

    @Test
    void aLockHeldByAnInstanceThatDiedIsFreeAfterItsLongestTime() throws Exception {
        DriverManagerDataSource db = new DriverManagerDataSource(PostgresDatabase.jdbcUrl(), "postgres", "postgres");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        var died = new SchedulingConfiguration().lockProvider(db);
        // the instance took the lock for at most 1 s and never released it (SIGKILL)
        assertThat(died.lock(new LockConfiguration(Instant.now(), "died-job", Duration.ofSeconds(1), Duration.ZERO)))
                .isPresent();
        LockingTaskExecutor survivor = new DefaultLockingTaskExecutor(new SchedulingConfiguration().lockProvider(db));
        AtomicInteger runs = new AtomicInteger();
        LockConfiguration job = new LockConfiguration(Instant.now(), "died-job", Duration.ofMinutes(1), Duration.ZERO);
        survivor.executeWithLock((Runnable) runs::incrementAndGet, job);
        assertThat(runs.get()).as("still locked by the dead instance").isZero();
        Thread.sleep(1_500);
        survivor.executeWithLock((Runnable) runs::incrementAndGet,
                new LockConfiguration(Instant.now(), "died-job", Duration.ofMinutes(1), Duration.ZERO));
        assertThat(runs.get()).isEqualTo(1);
    }
}
