package cn.gongkai.server.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures failed logins in a row that lock an account
 * @param lockFor     how long it stays locked
 */
@ConfigurationProperties("gongkai.login")
record LoginSettings(int maxFailures, Duration lockFor) {

    LoginSettings {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockFor == null) {
            lockFor = Duration.ofMinutes(15);
        }
    }
}
