package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SubmissionGuardTest {

    @Test
    void fiveSubmissionsAnHourFromOneAddressThenNoMoreUntilTheHourHasPassed() {
        MovingClock clock = new MovingClock();
        SubmissionGuard guard = new SubmissionGuard(5, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.allow("203.0.113.7")).isTrue();
        }
        assertThat(guard.allow("203.0.113.7")).isFalse();
        assertThat(guard.allow("198.51.100.1")).as("another address").isTrue();
        clock.now = clock.now.plusSeconds(3601);
        assertThat(guard.allow("203.0.113.7")).isTrue();
    }

    @Test
    void theQuestionIsArithmeticInChineseWithItsAnswer() {
        SubmissionGuard.Challenge c = new SubmissionGuard(5, Clock.systemUTC()).challenge();
        assertThat(c.question()).matches("请计算：[一二三四五六七八九]加[一二三四五六七八九]等于几？（填写阿拉伯数字）");
        String digits = "零一二三四五六七八九";
        int plus = c.question().indexOf('加');
        assertThat(c.answer()).isEqualTo(digits.indexOf(c.question().charAt(plus - 1)) + digits.indexOf(c.question().charAt(plus + 1)));
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-09-15T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
