package cn.gongkai.server.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed-login counters in the database (V39), shared by every instance. A name is locked only for the
 * address that guessed it ({@code maxFailures} in a row per name and address), and an address that tries
 * many names is locked for all of them ({@code maxFailuresPerAddress}); names that do not exist are counted
 * the same way, so the answer never tells whether a name exists.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginSettings settings;
    private final Clock clock;
    private final AtomicInteger failures = new AtomicInteger();

    LoginThrottle(JdbcClient jdbc, LoginSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether sign-in attempts for {@code username} from {@code address} are refused for now. */
    public boolean locked(String username, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return buckets(username, address).stream().anyMatch(b -> jdbc.sql(
                "SELECT count(*) FROM login_failure WHERE bucket = :b AND locked_until > :now").param("b", b)
                .param("now", now).query(Long.class).single() > 0);
    }

    public void failed(String username, String address) {
        List<String> buckets = buckets(username, address);
        count(buckets.get(0), settings.maxFailures());
        count(buckets.get(1), settings.maxFailuresPerAddress());
        if (failures.incrementAndGet() % 100 == 0) {
            jdbc.sql("DELETE FROM login_failure WHERE last_at < :d").param("d", OffsetDateTime.now(clock).minusDays(1))
                    .update();
        }
    }

    /** A successful sign-in clears the name's count at this address (not the address's count of other names). */
    public void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE bucket = :b").param("b", buckets(username, address).get(0)).update();
    }

    /**
     * The names locked now (at some address, or their password change), with when the last lock ends: what
     * the security administrator may unlock. Rows are few (deleted a day after their last failure).
     */
    public java.util.Map<String, OffsetDateTime> lockedNames() {
        java.util.Map<String, OffsetDateTime> locked = new java.util.TreeMap<>();
        jdbc.sql("SELECT bucket, locked_until FROM login_failure WHERE bucket LIKE 'name:%' AND locked_until > :now")
                .param("now", OffsetDateTime.now(clock)).query((rs, n) -> {
                    String rest = rs.getString("bucket").substring("name:".length());
                    int bar = rest.lastIndexOf('|');
                    String name = rest.substring(0, bar);
                    // the password change's bucket is ("password-change", name)
                    String who = "password-change".equals(name) ? rest.substring(bar + 1) : name;
                    locked.merge(who, rs.getObject("locked_until", OffsetDateTime.class),
                            (a, b) -> a.isAfter(b) ? a : b);
                    return null;
                }).list();
        return locked;
    }

    /** Addresses locked now for every name (too many failures from them), with when the lock ends. */
    public java.util.Map<String, OffsetDateTime> lockedAddresses() {
        java.util.Map<String, OffsetDateTime> locked = new java.util.TreeMap<>();
        jdbc.sql("SELECT bucket, locked_until FROM login_failure WHERE bucket LIKE 'addr:%' AND locked_until > :now")
                .param("now", OffsetDateTime.now(clock)).query((rs, n) -> locked.put(
                        rs.getString("bucket").substring("addr:".length()), rs.getObject("locked_until", OffsetDateTime.class)))
                .list();
        return locked;
    }

    /** Ends the locks and counts of a name at every address, and of its password change. Returns rows removed. */
    int unlock(String username) {
        String prefix = buckets(username, "").get(0); // "name:<name>|"
        String like = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbc.sql("DELETE FROM login_failure WHERE bucket LIKE :p ESCAPE '!' OR bucket = :pc")
                .param("p", like).param("pc", buckets("password-change", username).get(0)).update();
    }

    /** Ends the lock of an address (for every name). */
    int unlockAddress(String address) {
        return jdbc.sql("DELETE FROM login_failure WHERE bucket = :b").param("b", buckets("", address).get(1)).update();
    }

    /** The current-password check of a password change: {@code maxFailures} wrong answers lock it for a while. */
    public boolean passwordCheckLocked(String username) {
        return locked("password-change", username);
    }

    /** In its own transaction: the password change that failed rolls back, the count must stay. */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void passwordCheckFailed(String username) {
        count(buckets("password-change", username).get(0), settings.maxFailures());
    }

    private void count(String bucket, int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // A failure long after the last one (more than lockFor) starts a new count: an office's occasional typos
        // do not add up over days to a lock.
        if (increment(bucket, now) == 0) {
            try {
                jdbc.sql("INSERT INTO login_failure (bucket, failures, locked_until, last_at) VALUES (:b, 1, NULL, :now)")
                        .param("b", bucket).param("now", now).update();
            } catch (DuplicateKeyException raced) {
                increment(bucket, now);
            }
        }
        // Reaching the limit locks for lockFor and starts counting again from zero.
        jdbc.sql("UPDATE login_failure SET failures = 0, locked_until = :until WHERE bucket = :b AND failures >= :limit")
                .param("until", now.plus(settings.lockFor())).param("b", bucket).param("limit", limit).update();
    }

    private int increment(String bucket, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE login_failure SET failures = CASE WHEN last_at < :since THEN 1 ELSE failures + 1 END, last_at = :now
                WHERE bucket = :b""").param("since", now.minus(settings.lockFor())).param("now", now).param("b", bucket)
                .update();
    }

    private static List<String> buckets(String username, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        name = name.length() > 64 ? name.substring(0, 64) : name;
        String addr = address.length() > 100 ? address.substring(0, 100) : address;
        return List.of("name:" + name + "|" + addr, "addr:" + addr);
    }
}
