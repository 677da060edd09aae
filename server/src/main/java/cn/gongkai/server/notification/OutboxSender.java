package cn.gongkai.server.notification;

import cn.gongkai.server.request.PersonalDataCipher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the due notifications of the outbox. Each is claimed by a conditional update first (PENDING and
 * due, or SENDING whose claim ran out because its sender died), so two instances never send the same one;
 * a failure puts it back with a doubled wait (NotificationSettings#backoff) until the last attempt. Outside
 * any transaction: a slow mail server holds no lock and no connection of the application's work. Delivery
 * is at least once: a crash after the server accepted a mail and before it was marked sent sends it again.
 * Logs name the notification's id and the exception's class only, never the address or the text.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final NotificationSettings settings;
    private final EmailChannel email;
    private final SmsGateway sms;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, PersonalDataCipher cipher, NotificationSettings settings, EmailChannel email,
            SmsGateway sms, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.settings = settings;
        this.email = email;
        this.sms = sms;
        this.clock = clock;
    }

    private record Due(long id, String channel, String recipientEnc, String subject, String body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${gongkai.notifications.poll:30s}", initialDelayString = "${gongkai.notifications.poll:30s}")
    void scheduled() {
        if (settings.enabled()) {
            sendDue();
        }
    }

    /**
     * Sends what is due now; returns how many were sent. After a failure on a channel the run leaves that
     * channel's other notifications for the next run (unclaimed, no attempt counted): a mail server that is
     * down or hangs costs one timeout per run ({@code spring.mail.properties.mail.smtp.*timeout}), not one per mail.
     */
    public int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Row(long id, String channel) {
        }
        List<Row> due = jdbc.sql("""
                SELECT id, channel FROM notification
                WHERE (status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now)
                ORDER BY next_attempt_at, id""").param("now", now).withMaxRows(settings.batch())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        java.util.Set<String> failing = new java.util.HashSet<>();
        int sent = 0;
        for (Row row : due) {
            if (failing.contains(row.channel()) || !claim(row.id(), now)) {
                continue;
            }
            if (deliver(row.id())) {
                sent++;
            } else {
                failing.add(row.channel());
            }
        }
        return sent;
    }

    private boolean claim(long id, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE notification SET status = 'SENDING', claimed_until = :until, attempts = attempts + 1
                WHERE id = :id AND ((status = 'PENDING' AND next_attempt_at <= :now)
                    OR (status = 'SENDING' AND claimed_until < :now))""")
                .param("until", now.plus(settings.claimFor())).param("id", id).param("now", now).update() == 1;
    }

    private boolean deliver(long id) {
        Due n = jdbc.sql("SELECT id, channel, recipient_enc, subject, body, attempts FROM notification WHERE id = :id")
                .param("id", id).query((rs, i) -> new Due(rs.getLong("id"), rs.getString("channel"),
                        rs.getString("recipient_enc"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .single();
        try {
            String to = cipher.decrypt(n.recipientEnc());
            if (Outbox.Channel.SMS.name().equals(n.channel())) {
                sms.send(to, n.body());
            } else {
                email.send(to, n.subject(), n.body());
            }
        } catch (Exception e) {
            failed(n, e);
            return false;
        }
        jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = :now, claimed_until = NULL, last_error = NULL WHERE id = :id")
                .param("now", OffsetDateTime.now(clock)).param("id", id).update();
        return true;
    }

    private void failed(Due n, Exception e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean last = n.attempts() >= settings.maxAttempts();
        OffsetDateTime next = now.plus(settings.backoff(n.attempts()));
        // the class only: a mail exception's message carries the recipient's address
        String error = e.getClass().getSimpleName();
        jdbc.sql("""
                UPDATE notification SET status = :s, next_attempt_at = :next, claimed_until = NULL, last_error = :e
                WHERE id = :id""").param("s", last ? "FAILED" : "PENDING").param("next", next).param("e", error)
                .param("id", n.id()).update();
        if (last) {
            LOG.error("通知 {} 第 {} 次发送失败（{}），已放弃", n.id(), n.attempts(), error);
        } else {
            LOG.warn("通知 {} 第 {} 次发送失败（{}），{} 后重试", n.id(), n.attempts(), error, settings.backoff(n.attempts()));
        }
    }
}
