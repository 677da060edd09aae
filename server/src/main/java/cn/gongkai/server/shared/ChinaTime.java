package cn.gongkai.server.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times as staff read them: China time (Asia/Shanghai), whatever zone the server or database runs in.
 * Templates use it as {@code @chinaTime.of(t)}.
 */
@Component("chinaTime")
public class ChinaTime {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String of(@Nullable OffsetDateTime time) {
        return time == null ? "" : format(time);
    }

    public static String format(OffsetDateTime time) {
        return time.atZoneSameInstant(CHINA).format(MINUTES);
    }
}
