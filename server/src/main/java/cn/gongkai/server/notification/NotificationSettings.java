package cn.gongkai.server.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.notifications.*} (README 通知).
 *
 * @param enabled     write and send notifications at all (off by default: an installation sets its SMTP server first)
 * @param from        the sender address of the mails
 * @param siteUrl     the address staff and applicants open, for the links in the mails
 * @param maxAttempts attempts before a notification is given up (FAILED)
 * @param firstRetry  the wait after the first failure; it doubles after each further one, up to {@code maxRetry}
 * @param maxRetry    the longest wait between two attempts
 * @param claimFor    how long a sender holds a claimed notification before another instance may take it over
 * @param batch       notifications sent per run of the sender
 * @param digestDays  the daily digest lists deadlines at most this many days away (and overdue ones)
 * @param smsUrl      the SMS gateway's address (HTTP POST of JSON {"to","text"}); empty: no SMS
 * @param smsToken    sent as "Authorization: Bearer …" to the gateway when set
 */
@ConfigurationProperties("gongkai.notifications")
record NotificationSettings(boolean enabled, String from, String siteUrl, int maxAttempts, Duration firstRetry,
        Duration maxRetry, Duration claimFor, int batch, int digestDays, String smsUrl, String smsToken) {

    NotificationSettings {
        from = from == null || from.isBlank() ? "noreply@localhost" : from.strip();
        siteUrl = siteUrl == null || siteUrl.isBlank() ? "http://localhost:8080" : siteUrl.strip().replaceAll("/+$", "");
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(6) : maxRetry;
        claimFor = claimFor == null ? Duration.ofMinutes(5) : claimFor;
        batch = batch <= 0 ? 50 : batch;
        digestDays = digestDays <= 0 ? 3 : digestDays;
        smsUrl = smsUrl == null ? "" : smsUrl.strip();
        smsToken = smsToken == null ? "" : smsToken.strip();
    }

    boolean smsOn() {
        return !smsUrl.isEmpty();
    }

    /** The wait before attempt {@code attempts + 1}: first, doubled per failure, at most maxRetry. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
