package cn.gongkai.server.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters of the public forms' rate limits (V38), shared by every instance through the database.
 * Each statement commits on its own (no surrounding transaction), so a lost insert race on PostgreSQL
 * does not abort a caller's work.
 */
@Repository
class FormRateCounters {

    enum Outcome { ACCEPTED, FAILED }

    private final JdbcClient jdbc;

    FormRateCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(String bucket, String form, Outcome outcome, Instant windowStart) {
        return jdbc.sql("""
                SELECT hits FROM form_rate_counter WHERE bucket = :b AND form = :f AND outcome = :o AND window_start = :w
                """).param("b", bucket).param("f", form).param("o", outcome.name()).param("w", at(windowStart))
                .query(Integer.class).optional().orElse(0);
    }

    void hit(String bucket, String form, Outcome outcome, Instant windowStart) {
        if (increment(bucket, form, outcome, windowStart) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO form_rate_counter (bucket, form, outcome, window_start, hits) VALUES (:b, :f, :o, :w, 1)
                    """).param("b", bucket).param("f", form).param("o", outcome.name()).param("w", at(windowStart))
                    .update();
        } catch (DuplicateKeyException raced) {
            increment(bucket, form, outcome, windowStart); // another request inserted the row first
        }
    }

    /**
     * Deletes the rows of windows that began before {@code endedBefore} for that outcome; when more than
     * {@code maxRows} remain (a flood from very many addresses), the rows with a single hit go first, so the
     * addresses that were actually counted up keep their counts.
     */
    void evict(Outcome outcome, Instant endedBefore, int maxRows) {
        jdbc.sql("DELETE FROM form_rate_counter WHERE outcome = :o AND window_start < :w").param("o", outcome.name())
                .param("w", at(endedBefore)).update();
        long rows = jdbc.sql("SELECT count(*) FROM form_rate_counter").query(Long.class).single();
        if (rows > maxRows) {
            jdbc.sql("DELETE FROM form_rate_counter WHERE hits <= 1").update();
        }
    }

    private int increment(String bucket, String form, Outcome outcome, Instant windowStart) {
        return jdbc.sql("""
                UPDATE form_rate_counter SET hits = hits + 1
                WHERE bucket = :b AND form = :f AND outcome = :o AND window_start = :w
                """).param("b", bucket).param("f", form).param("o", outcome.name()).param("w", at(windowStart)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
