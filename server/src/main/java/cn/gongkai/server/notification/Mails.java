package cn.gongkai.server.notification;

import cn.gongkai.server.shared.ChinaTime;
import cn.gongkai.server.shared.ChineseDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The wording the notifications share: deadlines as the county reads them, and the footers. */
final class Mails {

    static final String STAFF_FOOTER = "\n本邮件由政务公开平台自动发送，请勿直接回复。通知设置见工作台“通知设置”。\n";
    static final String PUBLIC_FOOTER = "\n本邮件由系统自动发送，请勿直接回复。\n";

    private Mails() {
    }

    /** "2025年9月28日（剩 13 天）": calendar days from today in China, whatever zone the server runs in. */
    static String due(LocalDate due, Clock clock) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(ChinaTime.CHINA)), due);
        String note = days > 0 ? "剩 " + days + " 天" : days == 0 ? "今天到期" : "已逾期 " + -days + " 天";
        return ChineseDates.of(due) + "（" + note + "）";
    }

    static String date(LocalDate day) {
        return ChineseDates.of(day);
    }
}
