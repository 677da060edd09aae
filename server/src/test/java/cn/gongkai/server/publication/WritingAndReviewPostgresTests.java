package cn.gongkai.server.publication;

import cn.gongkai.server.persistence.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same cases on a real PostgreSQL (same migrations, V58 among them): the scheduled job's conditional
 * claim under READ COMMITTED, where the second of two concurrent runs waits for the first and then matches nothing.
 */
class WritingAndReviewPostgresTests extends WritingAndReviewTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }
}
