package cn.gongkai.server.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the test sets to a moment in China time and moves on by hand. */
public final class MovableClock extends Clock {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private volatile Instant now = Instant.parse("2026-12-01T02:00:00Z");

    public void set(LocalDateTime chinaTime) {
        now = chinaTime.atZone(CHINA).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Use with {@code @Import(MovableClock.Config.class)}. */
    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
