package cn.gongkai.server.notification;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one plain-text mail in UTF-8 through Spring's mail sender ({@code spring.mail.host} and so on). */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;

    EmailChannel(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    void send(String to, String subject, String body) throws MessagingException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("未设置邮件服务器 spring.mail.host");
        }
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        mail.send(message);
    }
}
