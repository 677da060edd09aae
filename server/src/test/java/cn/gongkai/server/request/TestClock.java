package cn.gongkai.server.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the test moves by hand, in Beijing time. */
public final class TestClock extends Clock {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;

    public TestClock(LocalDate day) {
        set(day);
    }

    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(BEIJING).toInstant();
    }

    /** A moment to the second (retry times, China-time boundaries). */
    public void setInstant(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Use in a test with {@code @Import(TestClock.Config.class)}. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(LocalDate.of(2025, 9, 15));
        }
    }
}
