package cn.gongkai.server.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The used challenge nonces (V48 form_challenge_use): a nonce is inserted once; a second insert is a replay.
 * The primary key decides it, so two instances or two threads sending the same token cannot both pass. Rows
 * whose token has expired anyway are deleted every hundredth use.
 */
@Repository
class ChallengeNonces {

    private static final int EVICT_EVERY = 100;

    private final JdbcClient jdbc;
    private final AtomicInteger uses = new AtomicInteger();

    ChallengeNonces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code nonce} as used; false when it had been used before. */
    boolean use(String nonce, Instant expires, Instant now) {
        if (uses.incrementAndGet() % EVICT_EVERY == 0) {
            jdbc.sql("DELETE FROM form_challenge_use WHERE expires_at < :now").param("now", Timestamp.from(now)).update();
        }
        try {
            jdbc.sql("INSERT INTO form_challenge_use (nonce, expires_at) VALUES (:n, :e)").param("n", nonce)
                    .param("e", Timestamp.from(expires)).update();
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }
}
