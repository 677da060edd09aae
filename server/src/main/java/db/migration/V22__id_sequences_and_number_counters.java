package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids from sequences and visible numbers from locked counter rows, replacing {@code MAX(id) + 1} and
 * {@code COUNT(*) + 1} (duplicate keys under concurrent writers). Java rather than SQL because each new
 * sequence must start after the highest id an existing installation already holds, and neither
 * {@code CREATE SEQUENCE ... START WITH (SELECT ...)} nor {@code setval} is common to H2 and PostgreSQL;
 * every statement below is plain SQL that both accept.
 */
public class V22__id_sequences_and_number_counters extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("publication_item", "attachment", "word_list_entry",
            "catalog_entry", "disclosure_request", "request_event", "request_letter", "review_case", "feedback",
            "inspection_finding", "annual_report_version");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                long next = single(s, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                s.execute("CREATE SEQUENCE " + table + "_id_seq START WITH " + next);
            }
            s.execute("""
                    CREATE TABLE number_counter (
                        series       VARCHAR(40) NOT NULL,
                        organ_id     BIGINT      NOT NULL,
                        counter_year INTEGER     NOT NULL,
                        last_number  BIGINT      NOT NULL,
                        PRIMARY KEY (series, organ_id, counter_year)
                    )""");
            // The counters continue from the numbers already issued (the highest, not the count: a number is
            // never issued twice even where earlier rows were deleted).
            s.execute("""
                    INSERT INTO number_counter (series, organ_id, counter_year, last_number)
                    SELECT 'index-number', organ_id, seq_year, last_seq FROM index_sequence""");
            s.execute("DROP TABLE index_sequence");
            seed(s, "request-number", "SELECT organ_id, received_on AS on_day, request_number AS num FROM disclosure_request");
            seed(s, "feedback-number", "SELECT organ_id, received_on AS on_day, feedback_number AS num FROM feedback");
            // Inspection findings are numbered county-wide (JC2026-0001): organ 0.
            seed(s, "inspection-number", "SELECT 0 AS organ_id, inspected_on AS on_day, finding_number AS num FROM inspection_finding");
            s.execute("""
                    INSERT INTO number_counter (series, organ_id, counter_year, last_number)
                    SELECT 'report-version', organ_id, report_year, MAX(version) FROM annual_report_version
                    GROUP BY organ_id, report_year""");
        }
    }

    /** Numbers end in their sequence digits ("puwei-2026-0007"); the year is the year of the day they count in. */
    private static void seed(Statement s, String series, String query) throws SQLException {
        Map<List<Long>, Long> highest = new HashMap<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                String number = rs.getString("num");
                int digits = number.length();
                while (digits > 0 && Character.isDigit(number.charAt(digits - 1))) {
                    digits--;
                }
                if (digits == number.length()) {
                    continue;
                }
                long seq = Long.parseLong(number.substring(digits));
                List<Long> key = List.of(rs.getLong("organ_id"), (long) rs.getDate("on_day").toLocalDate().getYear());
                highest.merge(key, seq, Math::max);
            }
        }
        for (Map.Entry<List<Long>, Long> e : highest.entrySet()) {
            s.execute("INSERT INTO number_counter (series, organ_id, counter_year, last_number) VALUES ('" + series + "', "
                    + e.getKey().get(0) + ", " + e.getKey().get(1) + ", " + e.getValue() + ")");
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
