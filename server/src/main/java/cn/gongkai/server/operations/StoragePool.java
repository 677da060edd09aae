package cn.gongkai.server.operations;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * After a storage failure every pooled connection is retired (idle ones at once, busy ones when returned): they
 * all belong to the database H2 closed, and while any of them stays open a new connection joins the closed
 * database instead of opening it anew. The next borrow then opens it again — once space is back, without a
 * restart. {@link StorageFailures} evicts the one connection that failed; this retires the rest.
 */
@Component
public class StoragePool {

    private final DataSource dataSource;

    StoragePool(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void retireAll() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }
}
