package cn.gongkai.server.operations;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /actuator/health}'s {@code databaseWrite}: one committed write of the health_probe row (V49). Boot's
 * {@code db} check only reads (a connection's isValid), and after a full disk H2 reopens the database for
 * reading, so {@code db} said UP while every save failed. DOWN here, with the reason, until a commit succeeds.
 */
@Component("databaseWrite")
class DatabaseWriteHealth implements HealthIndicator {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StoragePool pool;

    DatabaseWriteHealth(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, StoragePool pool) {
        this.pool = pool;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The exception's class and the SQLState and vendor code of its SQL causes. */
    static String codes(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                sb.append(" SQLState ").append(sql.getSQLState()).append(" 错误码 ").append(sql.getErrorCode());
            }
        }
        return sb.toString();
    }

    @Override
    public Health health() {
        try {
            transaction.executeWithoutResult(t -> jdbc.sql("UPDATE health_probe SET checked_at = :now WHERE id = 1")
                    .param("now", Timestamp.from(clock.instant())).update());
            return Health.up().build();
        } catch (RuntimeException e) {
            pool.retireAll(); // connections of a closed database would keep it closed
            // The exception's class and codes only: a driver's message may carry values.
            return Health.down().withDetail("message", StorageFailures.isStorageFailure(e)
                    ? "数据库无法写入：磁盘空间不足或读写出错，请清理或扩容数据目录（空间恢复后自动恢复）"
                    : "数据库无法写入，请检查数据库和数据目录的可用空间").withDetail("error", codes(e)).build();
        }
    }
}
