package cn.gongkai.server.checker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much checking the public site takes on (README: 体检的限制). Zero or missing values take the defaults.
 *
 * @param maxConcurrent files checked at once, server-wide (the rest wait {@code queueWait}, then are told the
 *                      system is busy); default 2, for the 2-core machine the demo runs on
 * @param queueWait     how long a check waits for a free slot before the busy page (503); default 3 s
 * @param perAddress    files one address may have checked anonymously per {@code window}; default 60
 * @param window        the rate-limit window; default 10 minutes
 */
@ConfigurationProperties("gongkai.checker.load")
record CheckLoadSettings(int maxConcurrent, Duration queueWait, int perAddress, Duration window) {

    CheckLoadSettings {
        if (maxConcurrent <= 0) {
            maxConcurrent = 2;
        }
        if (queueWait == null || queueWait.isNegative()) {
            queueWait = Duration.ofSeconds(3);
        }
        if (perAddress <= 0) {
            perAddress = 60;
        }
        if (window == null || window.isZero() || window.isNegative()) {
            window = Duration.ofMinutes(10);
        }
    }
}
