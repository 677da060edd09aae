package cn.gongkai.server.publication;

import cn.gongkai.server.shared.ChineseDates;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The rules for a time of 定时发布, checked when the last reviewer approves with one. Times are China
 * time (Asia/Shanghai) whatever zone the server runs in: a county office means its own clock.
 */
@Component
class Schedules {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Further ahead than this is a typing error, not a plan (an item waits approved, unseen). */
    static final Duration MAX_AHEAD = Duration.ofDays(90);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Clock clock;
    private final PublicationDeadline deadlines;

    Schedules(Clock clock, PublicationDeadline deadlines) {
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** A time typed into the form (a datetime-local value, China time). */
    static OffsetDateTime chinaTime(java.time.LocalDateTime typed) {
        return typed.atZone(CHINA).toOffsetDateTime();
    }

    static String shown(OffsetDateTime at) {
        return at.atZoneSameInstant(CHINA).format(SHOWN);
    }

    /** Refuses, in Chinese, a time in the past, too far ahead, or after the Art. 26 deadline. */
    void check(Item item, ReviewChain chain, OffsetDateTime at) {
        if (item.reviewStep() < chain.size()) {
            throw new PublicationException("定时发布只能在终审（第 " + chain.size() + " 步）时设置");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!at.isAfter(now)) {
            throw new PublicationException("定时发布时间 " + shown(at) + " 已经过去，请选择以后的时间，或直接审核通过立即发布");
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw new PublicationException("定时发布时间不能晚于 " + MAX_AHEAD.toDays() + " 天以后，请核对日期");
        }
        // 《条例》第二十六条: statutory items within 20 working days; the day counts from the real publication,
        // so a time after the last day would make the item late however it is approved.
        PublicationDeadline.Due due = item.publishedOn() == null ? deadlines.of(item) : null;
        LocalDate day = at.atZoneSameInstant(CHINA).toLocalDate();
        if (due != null && day.isAfter(due.date())) {
            throw new PublicationException("《条例》第二十六条：该信息应于 " + ChineseDates.of(due.date())
                    + " 前公开，定时发布时间 " + shown(at) + " 晚于期限，请提前");
        }
    }
}
