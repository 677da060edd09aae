package cn.gongkai.server.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends to the ledger, reads it, and verifies its chain. */
@Service
public class Ledger {

    /**
     * The outcome of a verification: how many entries were checked, the first broken one if it can be
     * named, what is wrong (in Chinese, null when intact), and how many of the newest entries are not yet
     * anchored by a checkpoint (after a crash; the next append anchors them).
     */
    public record Verification(long checked, Optional<Long> firstBrokenId, @Nullable String problem, long unanchored) {

        public boolean intact() {
            return problem == null;
        }
    }

    /** Published for every action recorded, within its transaction; a listener must never throw. */
    public record Recorded(Action action) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LedgerKey key;
    private final Checkpoints checkpoints;

    private final org.springframework.context.ApplicationEventPublisher events;

    Ledger(JdbcClient jdbc, Clock clock, LedgerKey key, Checkpoints checkpoints,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    /**
     * Records an action within the caller's transaction (or its own): the record commits or rolls
     * back with the change it describes. Once committed, its head is written to the checkpoint file.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public LedgerEntry record(Action a) {
        // Concurrent appends wait here, until the holder commits, so ids and MACs form one chain. The lock row
        // holds no data: the head is the newest entry itself, so the ledger table needs no UPDATE at all.
        jdbc.sql("SELECT singleton FROM ledger_append_lock WHERE singleton = 1 FOR UPDATE").query(Integer.class).single();
        Head head = jdbc.sql("SELECT id, hash FROM ledger_entry ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash").strip())).optional()
                .orElse(new Head(0, Checkpoints.FIRST_PREV));
        long id = head.id() + 1;
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = LedgerHash.mac(key.key(), head.hash(), id, at, a.actor(), a.organId(), a.action(), a.subjectType(),
                a.subjectId(), a.before(), a.after());
        jdbc.sql("""
                INSERT INTO ledger_entry (id, at, actor, organ_id, action, subject_type, subject_id, before_state,
                                          after_state, prev_hash, hash, mac_scheme)
                VALUES (:id, :at, :actor, :organ, :action, :type, :subject, :before, :after, :prev, :hash, 'HMAC')
                """).param("id", id).param("at", at).param("actor", a.actor()).param("organ", a.organId())
                .param("action", a.action()).param("type", a.subjectType()).param("subject", a.subjectId())
                .param("before", a.before()).param("after", a.after()).param("prev", head.hash()).param("hash", hash)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                checkpoints.write(id, hash);
            }
        });
        // In the same transaction: listeners (notifications, issue 16) write what follows from the action with it.
        events.publishEvent(new Recorded(a));
        return new LedgerEntry(id, at, a.actor(), a.organId(), a.action(), a.subjectType(), a.subjectId(), a.before(),
                a.after(), head.hash(), hash);
    }

    private record Head(long id, String hash) {
    }

    /** Anchors the current head (at shutdown, and when an append's own checkpoint could not be written). */
    public void checkpoint() {
        jdbc.sql("SELECT id, hash FROM ledger_entry ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash").strip())).optional()
                .ifPresent(h -> checkpoints.write(h.id(), h.hash()));
    }

    public List<LedgerEntry> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY id DESC").withMaxRows(limit).query(Ledger::map).list();
    }

    /** The newest entries of one action, for the audit page's choice of 操作. */
    public List<LedgerEntry> latest(String action, int limit) {
        return jdbc.sql(SELECT + " WHERE action = :a ORDER BY id DESC").param("a", action).withMaxRows(limit)
                .query(Ledger::map).list();
    }

    /** The actions the ledger holds, each once. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM ledger_entry ORDER BY action").query(String.class).list();
    }

    public List<LedgerEntry> forSubject(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_type = :t AND subject_id = :s ORDER BY id").param("t", subjectType)
                .param("s", subjectId).query(Ledger::map).list();
    }

    /** Walks the whole chain in order, with the checkpoint file beside it; stream-read, so a long ledger needs no memory. */
    @Transactional(readOnly = true)
    public Verification verify() {
        ChainCheck check = new ChainCheck(key, checkpoints);
        try (var entries = jdbc.sql(SELECT + " ORDER BY id").query(Ledger::map).stream()) {
            entries.forEach(check::next);
        }
        return check.result();
    }

    private static final String SELECT = """
            SELECT id, at, actor, organ_id, action, subject_type, subject_id, before_state, after_state, prev_hash, hash,
                   mac_scheme
            FROM ledger_entry""";

    private static LedgerEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long organ = rs.getLong("organ_id");
        Long organId = rs.wasNull() ? null : organ;
        return new LedgerEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), organId,
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash").strip(),
                rs.getString("hash").strip(), "HMAC".equals(rs.getString("mac_scheme").strip()));
    }
}
