package cn.gongkai.server.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 索引号: {organ code}-{year}-{five-digit sequence}, e.g. puwei-2026-00017. Assigned once, when an
 * item is first published, from a per-organ, per-year counter (row-locked, so never reused); stable
 * through corrections and withdrawal.
 */
@Repository
class IndexNumbers {

    private final JdbcClient jdbc;

    IndexNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(long organId, String organCode, int year) {
        int updated = jdbc.sql("UPDATE index_sequence SET last_seq = last_seq + 1 WHERE organ_id = :o AND seq_year = :y")
                .param("o", organId).param("y", year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO index_sequence (organ_id, seq_year, last_seq) VALUES (:o, :y, 1)").param("o", organId)
                    .param("y", year).update();
        }
        int seq = jdbc.sql("SELECT last_seq FROM index_sequence WHERE organ_id = :o AND seq_year = :y").param("o", organId)
                .param("y", year).query(Integer.class).single();
        return String.format("%s-%d-%05d", organCode, year, seq);
    }
}
