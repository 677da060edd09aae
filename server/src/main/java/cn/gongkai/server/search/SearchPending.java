package cn.gongkai.server.search;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The items whose index document may lag the database (table search_pending). */
@Repository
class SearchPending {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

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

    void clear(long itemId) {
        own.executeWithoutResult(s -> jdbc.sql("DELETE FROM search_pending WHERE item_id = :id").param("id", itemId).update());
    }

    /** After a full rebuild nothing lags. */
    void clearAll() {
        own.executeWithoutResult(s -> jdbc.sql("DELETE FROM search_pending").update());
    }

    List<Long> all() {
        return jdbc.sql("SELECT DISTINCT item_id FROM search_pending ORDER BY item_id").query(Long.class).list();
    }
}
