package cn.gongkai.server.checker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many files one address had checked anonymously in the current window, counted in the database
 * (table check_rate) so that every instance behind the proxy sees the same counts. Fixed windows: simple,
 * one row per address and window, and at most twice the limit across a window boundary. IPv6 addresses
 * are counted per /64, the block one subscriber usually holds.
 */
@Repository
class CheckRateLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CheckLoadSettings load;

    CheckRateLimit(JdbcClient jdbc, Clock clock, CheckLoadSettings load) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.load = load;
    }

    /** Counts {@code files} for the address; empty when allowed, else how long until the window ends. */
    Optional<Duration> take(String address, int files) {
        long windowSeconds = load.window().toSeconds();
        long nowSeconds = clock.instant().getEpochSecond();
        long window = nowSeconds / windowSeconds;
        Duration retryAfter = Duration.ofSeconds((window + 1) * windowSeconds - nowSeconds);
        if (files > load.perAddress()) {
            return Optional.of(retryAfter);
        }
        String key = key(address);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (add(key, window, files) == 1) {
                return Optional.empty();
            }
            try {
                jdbc.sql("INSERT INTO check_rate (address, window_no, hits) VALUES (:a, :w, :n)")
                        .param("a", key).param("w", window).param("n", files).update();
                // a new window for this address: the time to forget the old ones
                jdbc.sql("DELETE FROM check_rate WHERE window_no < :w").param("w", window - 1).update();
                return Optional.empty();
            } catch (DuplicateKeyException e) {
                // the row exists: it is full, or another instance inserted it just now — update once more
            }
        }
        return Optional.of(retryAfter);
    }

    private int add(String key, long window, int files) {
        return jdbc.sql("UPDATE check_rate SET hits = hits + :n WHERE address = :a AND window_no = :w AND hits + :n <= :max")
                .param("n", files).param("a", key).param("w", window).param("max", load.perAddress()).update();
    }

    /** The address as counted: IPv4 whole, IPv6 by its /64 prefix. */
    static String key(String address) {
        if (address.indexOf(':') < 0) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        try {
            byte[] b = InetAddress.getByName(address).getAddress();
            if (b.length == 16) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    s.append(Integer.toHexString(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF))).append(':');
                }
                return s.append(":/64").toString();
            }
        } catch (UnknownHostException e) {
            // not a literal address (cannot happen for a socket's peer): counted as written
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
