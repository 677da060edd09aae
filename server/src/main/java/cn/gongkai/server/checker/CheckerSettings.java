package cn.gongkai.server.checker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the web checker. The byte limits of one upload are Spring's multipart settings
 * (spring.servlet.multipart.*); these are the ones it does not have.
 *
 * @param maxFiles      most files in one upload
 * @param maxPasteChars most characters of pasted text
 * @param keepResults   how long a check's JSON stays downloadable
 */
@ConfigurationProperties("gongkai.checker")
record CheckerSettings(int maxFiles, int maxPasteChars, Duration keepResults) {

    CheckerSettings {
        if (maxFiles <= 0) {
            maxFiles = 50;
        }
        if (maxPasteChars <= 0) {
            maxPasteChars = 2_000_000;
        }
        if (keepResults == null) {
            keepResults = Duration.ofDays(7);
        }
    }
}
