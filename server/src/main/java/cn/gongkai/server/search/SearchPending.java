package cn.gongkai.server.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The items whose index document may lag the database (table search_pending). */
@Repository
class SearchPending {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final ExecutorService clearing = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("search-pending-clear").factory());

    SearchPending(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        // Cleared after the change's own transaction has committed: in a transaction of its own.
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In the transaction that changes the portal: commits with it, or not at all. */
    void mark(long itemId) {
        jdbc.sql("INSERT INTO search_pending (item_id) VALUES (:id)").param("id", itemId).update();
    }

    /**
     * Called right after the change committed, its connection is still bound to this thread: clearing in a
     * new transaction here would hold one connection while waiting for a second, and ten publications at
     * once then held the whole pool waiting (HTTP 500 after 30 s, found by ConcurrentWritesTests). So from
     * there the clearing runs on its own thread, which holds nothing while it waits for a connection.
     */
    void clear(long itemId) {
        Runnable delete = () -> own.executeWithoutResult(
                s -> jdbc.sql("DELETE FROM search_pending WHERE item_id = :id").param("id", itemId).update());
        if (!TransactionSynchronizationManager.getResourceMap().isEmpty()) { // a committed transaction's connection
            clearing.execute(delete);
        } else {
            delete.run();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        clearing.shutdown();
        clearing.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** After a full rebuild nothing lags. */
    void clearAll() {
        own.executeWithoutResult(s -> jdbc.sql("DELETE FROM search_pending").update());
    }

    /**
     * Items marked longer ago than {@code age} (by the database's clock): their own instance would have
     * indexed them within a second, so it died or its index write failed. The age is whole seconds, written
     * into the statement (an interval literal is the form H2 and PostgreSQL share).
     */
    List<Long> olderThan(java.time.Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        return jdbc.sql("SELECT DISTINCT item_id FROM search_pending WHERE marked_at < LOCALTIMESTAMP - INTERVAL '"
                + seconds + "' SECOND ORDER BY item_id").query(Long.class).list();
    }

    List<Long> all() {
        return jdbc.sql("SELECT DISTINCT item_id FROM search_pending ORDER BY item_id").query(Long.class).list();
    }
}
