package cn.gongkai.server.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the ledger, reads it, and verifies its chain. */
@Service
public class Ledger {

    /** The outcome of a verification: how many entries were checked, and the first broken one if any. */
    public record Verification(long checked, Optional<Long> firstBrokenId) {

        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action within the caller's transaction (or its own): the record commits or rolls
     * back with the change it describes.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public LedgerEntry record(Action a) {
        // Locks the head row: concurrent appends wait here, so ids and hashes form one chain.
        jdbc.sql("UPDATE ledger_head SET last_id = last_id WHERE singleton = 1").update();
        long lastId = jdbc.sql("SELECT last_id FROM ledger_head WHERE singleton = 1").query(Long.class).single();
        String lastHash = jdbc.sql("SELECT last_hash FROM ledger_head WHERE singleton = 1").query(String.class).single();
        long id = lastId + 1;
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = LedgerHash.of(lastHash, id, at, a.actor(), a.organId(), a.action(), a.subjectType(), a.subjectId(),
                a.before(), a.after());
        jdbc.sql("""
                INSERT INTO ledger_entry (id, at, actor, organ_id, action, subject_type, subject_id, before_state,
                                          after_state, prev_hash, hash)
                VALUES (:id, :at, :actor, :organ, :action, :type, :subject, :before, :after, :prev, :hash)
                """).param("id", id).param("at", at).param("actor", a.actor()).param("organ", a.organId())
                .param("action", a.action()).param("type", a.subjectType()).param("subject", a.subjectId())
                .param("before", a.before()).param("after", a.after()).param("prev", lastHash).param("hash", hash)
                .update();
        jdbc.sql("UPDATE ledger_head SET last_id = :id, last_hash = :hash WHERE singleton = 1").param("id", id)
                .param("hash", hash).update();
        return new LedgerEntry(id, at, a.actor(), a.organId(), a.action(), a.subjectType(), a.subjectId(), a.before(),
                a.after(), lastHash, hash);
    }

    public List<LedgerEntry> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY id DESC").withMaxRows(limit).query(Ledger::map).list();
    }

    public List<LedgerEntry> forSubject(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_type = :t AND subject_id = :s ORDER BY id").param("t", subjectType)
                .param("s", subjectId).query(Ledger::map).list();
    }

    /** Walks the whole chain in order; stream-read, so a long ledger needs no memory. */
    @Transactional(readOnly = true)
    public Verification verify() {
        long[] checked = {0};
        String[] expectedPrev = {"0".repeat(64)};
        long[] expectedId = {1};
        Long[] broken = {null};
        try (var entries = jdbc.sql(SELECT + " ORDER BY id").query(Ledger::map).stream()) {
            entries.forEach(e -> {
                if (broken[0] != null) {
                    return;
                }
                checked[0]++;
                String recomputed = LedgerHash.of(e.prevHash(), e.id(), e.at(), e.actor(), e.organId(), e.action(),
                        e.subjectType(), e.subjectId(), e.before(), e.after());
                if (e.id() != expectedId[0] || !e.prevHash().equals(expectedPrev[0]) || !recomputed.equals(e.hash())) {
                    broken[0] = e.id() != expectedId[0] ? expectedId[0] : e.id();
                }
                expectedPrev[0] = e.hash();
                expectedId[0] = e.id() + 1;
            });
        }
        if (broken[0] == null) {
            String head = jdbc.sql("SELECT last_hash FROM ledger_head WHERE singleton = 1").query(String.class).single();
            if (!head.equals(expectedPrev[0])) {
                broken[0] = expectedId[0] - 1; // the newest entries were removed
            }
        }
        return new Verification(checked[0], Optional.ofNullable(broken[0]));
    }

    private static final String SELECT = """
            SELECT id, at, actor, organ_id, action, subject_type, subject_id, before_state, after_state, prev_hash, hash
            FROM ledger_entry""";

    private static LedgerEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long organ = rs.getLong("organ_id");
        Long organId = rs.wasNull() ? null : organ;
        return new LedgerEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), organId,
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash").strip(),
                rs.getString("hash").strip());
    }
}
