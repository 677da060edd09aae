package cn.gongkai.server.shared;

import java.sql.DatabaseMetaData;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * New row ids from the database's own sequences ({@code <table>_id_seq}, created by V22 after the
 * highest id already stored). A sequence never hands out the same value twice, even to transactions
 * running at the same moment, which {@code MAX(id) + 1} did (HTTP 500 under concurrent staff). Ids may
 * skip values after a rollback; visible numbers that must not skip come from {@link Numbering}.
 */
@Component
public class Ids {

    /** The tables that have a sequence; anything else is a programming error, and never reaches SQL. */
    public static final Set<String> TABLES = Set.of("publication_item", "attachment", "word_list_entry", "catalog_entry",
            "disclosure_request", "request_event", "request_letter", "review_case", "feedback", "inspection_finding",
            "annual_report_version",
            // accounts (V62)
            "account", "account_request",
            // notifications (V63)
            "notification");

    private final JdbcClient jdbc;
    private final boolean postgres;

    Ids(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    public long next(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no id sequence for " + table);
        }
        // The one spelling difference between the two databases: H2 has the standard form, PostgreSQL its function.
        String sql = postgres ? "SELECT nextval('" + table + "_id_seq')" : "SELECT NEXT VALUE FOR " + table + "_id_seq";
        return jdbc.sql(sql).query(Long.class).single();
    }
}
