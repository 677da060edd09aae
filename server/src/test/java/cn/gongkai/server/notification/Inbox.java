package cn.gongkai.server.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A real SMTP server for a test class (GreenMail on a free port of 127.0.0.1), read as plain mails: who
 * received what, with the subject and text as the recipient's mail program shows them.
 */
final class Inbox {

    /** One received mail. */
    record Mail(String to, String subject, String body) {
    }

    private GreenMail smtp;
    private final int port;
    private boolean running = true;

    Inbox() {
        smtp = start(0);
        port = smtp.getSmtp().getPort();
    }

    int port() {
        return port;
    }

    void stop() {
        smtp.stop();
        running = false;
    }

    /** Starts again on the same port (after {@link #stop}), as a mail server back from an outage. */
    void restart() {
        if (!running) {
            smtp = start(port);
            running = true;
        }
    }

    void clear() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<Mail> mails() {
        return List.of(smtp.getReceivedMessages()).stream().map(Inbox::read).toList();
    }

    /** The mails by recipient's address, sorted, then emptied. */
    Map<String, List<Mail>> take() {
        Map<String, List<Mail>> byRecipient = mails().stream()
                .collect(Collectors.groupingBy(Mail::to, TreeMap::new, Collectors.toList()));
        clear();
        return byRecipient;
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(), (String) m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
