package cn.gongkai.server.checker;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored results of web checks, so that the JSON of a result can be downloaded by its link
 * (an unguessable id) for a limited time. Reports are public documents; nothing personal is kept.
 */
@Repository
class CheckRuns {

    private final JdbcClient jdbc;
    private final Clock clock;

    CheckRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    UUID save(String fileName, String json, long errors, long warnings, Duration keep) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("DELETE FROM check_run WHERE created_at < :cutoff").param("cutoff", now.minus(keep)).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO check_run (id, created_at, file_name, errors, warnings, report_json)
                VALUES (:id, :created, :file, :errors, :warnings, :json)
                """)
                .param("id", id).param("created", now).param("file", fileName).param("errors", errors)
                .param("warnings", warnings).param("json", json)
                .update();
        return id;
    }

    Optional<String> json(UUID id) {
        return jdbc.sql("SELECT report_json FROM check_run WHERE id = :id").param("id", id).query(String.class).optional();
    }

    Optional<String> fileName(UUID id) {
        return jdbc.sql("SELECT file_name FROM check_run WHERE id = :id").param("id", id).query(String.class).optional();
    }
}
