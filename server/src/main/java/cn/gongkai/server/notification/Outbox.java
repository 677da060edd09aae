package cn.gongkai.server.notification;

import cn.gongkai.server.request.PersonalDataCipher;
import cn.gongkai.server.shared.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a notification to the outbox in the caller's transaction: it is sent only if the action commits,
 * and the action never waits for a mail server. The recipient is encrypted. A {@code dedupKey} makes a
 * notification that may be written twice (the daily digest) be written once.
 */
@Component
public class Outbox {

    /** How a notification travels. */
    public enum Channel {
        EMAIL, SMS
    }

    private final JdbcClient jdbc;
    private final Ids ids;
    private final PersonalDataCipher cipher;
    private final NotificationSettings settings;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Ids ids, PersonalDataCipher cipher, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Queues one message; nothing when notifications are off, or for SMS without a gateway. */
    public void add(Channel channel, String recipient, @Nullable String subject, String body, @Nullable String dedupKey) {
        if (!settings.enabled() || (channel == Channel.SMS && !settings.smsOn()) || recipient.isBlank()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // INSERT … SELECT … WHERE NOT EXISTS: a repeated key is skipped without an error (which would abort the
        // caller's transaction on PostgreSQL).
        jdbc.sql("""
                INSERT INTO notification (id, channel, recipient_enc, subject, body, dedup_key, status, attempts,
                    next_attempt_at, created_at)
                SELECT :id, :channel, :to, :subject, :body, :key, 'PENDING', 0, :now, :now FROM (VALUES (1)) AS one (x)
                WHERE :key IS NULL OR NOT EXISTS (SELECT 1 FROM notification WHERE dedup_key = :key)""")
                .param("id", ids.next("notification")).param("channel", channel.name())
                .param("to", cipher.encrypt(recipient.strip())).param("subject", cut(subject == null ? "" : subject, 300)).param("body", body)
                .param("key", dedupKey, java.sql.Types.VARCHAR).param("now", now).update();
    }

    String site() {
        return settings.siteUrl();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
