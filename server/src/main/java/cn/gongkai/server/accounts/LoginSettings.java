package cn.gongkai.server.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures           failed logins in a row for one name from one address that lock that name at
 *                              that address (and wrong current passwords that lock a password change)
 * @param maxFailuresPerAddress failed logins from one address, any names, that lock the address (default 50:
 *                              a county office's staff share one address, and their typos must not lock them all)
 * @param lockFor               how long a lock lasts
 */
@ConfigurationProperties("gongkai.login")
record LoginSettings(int maxFailures, int maxFailuresPerAddress, Duration lockFor) {

    LoginSettings {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (maxFailuresPerAddress <= 0) {
            maxFailuresPerAddress = 50;
        }
        if (lockFor == null) {
            lockFor = Duration.ofMinutes(15);
        }
    }
}
