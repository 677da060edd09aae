package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The embedded database URL that ./gongkai serve and ./gongkai report use is accepted by H2 (the tests
 * otherwise run on in-memory URLs), and two processes' worth of connections can open it at once.
 */
class DefaultDatabaseUrlTests {

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultFileUrlOpensTwiceAtOnce(@TempDir Path dir) throws Exception {
        Map<String, Object> yaml;
        try (InputStream in = DefaultDatabaseUrlTests.class.getResourceAsStream("/application.yml")) {
            yaml = new Yaml().load(in);
        }
        String url = (String) ((Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("datasource")).get("url");
        assertThat(url).startsWith("jdbc:h2:file:./data/gongkai");
        String here = url.replace("./data/gongkai", dir.resolve("gongkai").toString());
        try (Connection first = DriverManager.getConnection(here, "gongkai", "");
                Connection second = DriverManager.getConnection(here, "gongkai", "")) {
            first.createStatement().execute("CREATE TABLE t (x INT)");
            second.createStatement().execute("INSERT INTO t VALUES (1)");
            var rs = first.createStatement().executeQuery("SELECT count(*) FROM t");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
