package cn.gongkai.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded H2 database never has the empty password: one is generated into the data directory, owner-only. */
class H2PasswordTests {

    @Test
    void aNewDatabaseGetsAGeneratedOwnerOnlyPasswordAndTheEmptyOneIsRefused(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("gongkai") + ";WRITE_DELAY=0";

        String password = H2Password.ensure(url, "gongkai");
        try (Connection c = DriverManager.getConnection(url, "gongkai", password)) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }

        Path file = dir.resolve("h2-password");
        assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertEmptyPasswordRefused(url);
        assertThat(H2Password.ensure(url, "gongkai")).as("read again, not generated anew").isEqualTo(password);
    }

    @Test
    void aDatabaseFromBeforeWithTheEmptyPasswordGetsOneOnceAndKeepsItsData(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("gongkai") + ";WRITE_DELAY=0";
        try (Connection old = DriverManager.getConnection(url, "gongkai", "")) {
            old.createStatement().execute("CREATE TABLE t (x INT)");
            old.createStatement().execute("INSERT INTO t VALUES (42)");
        }

        String password = H2Password.ensure(url, "gongkai");

        assertEmptyPasswordRefused(url);
        try (Connection c = DriverManager.getConnection(url, "gongkai", password);
                var rs = c.createStatement().executeQuery("SELECT x FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void theServerAndTheCliTakeItFromTheEnvironmentUnlessAPasswordIsSet(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("gongkai");
        String generated = passwordAfterPostProcessing(url, "");
        assertThat(generated).isNotEmpty().isEqualTo(Files.readString(dir.resolve("h2-password")).strip());
        assertThat(passwordAfterPostProcessing(url, "")).as("the second start reads the same").isEqualTo(generated);
        assertThat(passwordAfterPostProcessing(url, "chosen-by-the-operator")).isEqualTo("chosen-by-the-operator");
        assertThat(passwordAfterPostProcessing("jdbc:h2:mem:x", "")).isEmpty();
        assertThat(passwordAfterPostProcessing("jdbc:postgresql://127.0.0.1/gongkai", "")).isEmpty();
    }

    private static String passwordAfterPostProcessing(String url, String password) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url,
                "spring.datasource.username", "gongkai", "spring.datasource.password", password)));
        new H2PasswordEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.password");
    }

    private static void assertEmptyPasswordRefused(String url) {
        // H2's ErrorCode.WRONG_USER_OR_PASSWORD is 28000.
        assertThatThrownBy(() -> DriverManager.getConnection(url, "gongkai", "").close())
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getErrorCode()).isEqualTo(28000);
    }
}
