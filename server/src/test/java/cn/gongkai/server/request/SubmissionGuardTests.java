package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public forms' guard with its counters in the database (issue 11, issue 14). Each test builds a guard
 * with small limits of its own (so the counts are easy to follow by hand) and its own addresses and organ.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:submission-guard-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class SubmissionGuardTests {

    private static final String TOO_MANY = "同一网络一小时内提交过多，请稍后再试；确需多次提交的，可以到机关当面或邮寄提交";
    private static final String WRONG = "验证题答案不正确，请重新作答后提交（已换一道题）";

    @Autowired
    FormRateCounters counters;

    @Autowired
    ChallengeNonces nonces;

    private final MovingClock clock = new MovingClock();

    /** 3 accepted per address, 5 per IPv6 /64, 8 per organ an hour; 4 failures per 10 minutes; 3 s to fill. */
    private SubmissionGuard guard() {
        return new SubmissionGuard(counters, new FormLimits(3, 5, 8, Duration.ofHours(1), 4, Duration.ofMinutes(10),
                Duration.ofSeconds(3), 100_000), challenges(), clock);
    }

    private FormChallenges challenges() {
        return new FormChallenges(cn.gongkai.server.FormAnswers.TEST_KEY, Duration.ofMinutes(30), nonces, clock);
    }

    @Test
    void theDefaultsLetAVillageSharingOneAddressFileThirtyAnHour() {
        FormLimits defaults = new FormLimits(0, 0, 0, null, 0, null, null, 0);
        assertThat(defaults.acceptedPerAddress()).isEqualTo(30);
        assertThat(defaults.acceptedPerNetwork()).isEqualTo(60);
        assertThat(defaults.acceptedPerOrgan()).isEqualTo(300);
        assertThat(defaults.failedPerAddress()).isEqualTo(20);
        assertThat(defaults.failedWindow()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void threeAcceptedFromOneAddressThenNoMoreUntilTheHourHasPassedEachFormApart() {
        SubmissionGuard guard = guard();
        for (int i = 0; i < 3; i++) {
            assertThat(submit(guard, "203.0.113.7", "apply", 101, true)).as("submission %d", i + 1).isNull();
        }
        assertThat(submit(guard, "203.0.113.7", "apply", 101, true)).isEqualTo(TOO_MANY);
        assertThat(submit(guard, "203.0.113.8", "apply", 101, true)).as("another address").isNull();
        assertThat(submit(guard, "203.0.113.7", "feedback", 101, true)).as("another form").isNull();
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertThat(submit(guard, "203.0.113.7", "apply", 101, true)).as("the next hour").isNull();
    }

    @Test
    void addressesOfOneIpv6NetworkShareTheNetworksLimit() {
        SubmissionGuard guard = guard();
        // Five different addresses of 2001:db8:1:2::/64, one each: the network's limit of 5 is reached.
        for (int i = 1; i <= 5; i++) {
            assertThat(submit(guard, "2001:db8:1:2::" + i, "apply", 102, true)).isNull();
        }
        assertThat(submit(guard, "2001:db8:1:2:ffff::6", "apply", 102, true)).isEqualTo(TOO_MANY);
        assertThat(submit(guard, "2001:db8:1:3::1", "apply", 102, true)).as("the next /64").isNull();
    }

    @Test
    void oneOrganTakesAtMostItsLimitFromEveryoneTogether() {
        SubmissionGuard guard = guard();
        for (int i = 1; i <= 8; i++) {
            assertThat(submit(guard, "198.51.100." + i, "feedback", 103, true)).isNull();
        }
        assertThat(submit(guard, "198.51.100.9", "feedback", 103, true))
                .isEqualTo("本机关这一小时收到的网上提交已达上限，请稍后再试，或到机关当面、邮寄提交");
        assertThat(submit(guard, "198.51.100.9", "feedback", 104, true)).as("another organ").isNull();
    }

    @Test
    void wrongAnswersAreCountedApartAndStopTheAddressForTenMinutes() {
        SubmissionGuard guard = guard();
        for (int i = 0; i < 4; i++) {
            assertThat(submit(guard, "192.0.2.50", "apply", 105, false)).isEqualTo(WRONG);
        }
        // The fifth try is refused even with the right answer; the accepted count of the address is still 0.
        assertThat(submit(guard, "192.0.2.50", "apply", 105, true)).isEqualTo("验证未通过的次数过多，请 10 分钟后再试");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(submit(guard, "192.0.2.50", "apply", 105, true)).isNull();
        }
    }

    @Test
    void aProgramThatFillsTheHiddenFieldOrAnswersTooFastIsRefused() {
        SubmissionGuard guard = guard();
        FormChallenges.Issued issued = guard.ask("apply", false);
        MockHttpServletRequest http = request("192.0.2.60");
        http.setParameter(SubmissionGuard.HONEYPOT, "http://spam.example");
        clock.now = clock.now.plusSeconds(5);
        assertThat(guard.refusal(issued.token(), answerOf(issued), http, "apply", 106))
                .isEqualTo("提交未通过验证，请核对填写的内容后重新提交（已换一道题）");
        FormChallenges.Issued again = guard.ask("apply", false);
        clock.now = clock.now.plusSeconds(2); // under the 3 s minimum
        assertThat(guard.refusal(again.token(), answerOf(again), request("192.0.2.60"), "apply", 106))
                .isEqualTo("提交未通过验证，请核对填写的内容后重新提交（已换一道题）");
    }

    @Test
    void evictionKeepsTheCountsOfAddressesThatWereCountedUp() {
        SubmissionGuard guard = guard();
        for (int i = 0; i < 3; i++) {
            submit(guard, "192.0.2.70", "apply", 107, true);
        }
        for (int i = 1; i <= 6; i++) {
            submit(guard, "192.0.2." + (100 + i), "apply", 108, true);
        }
        // Over a cap of 5 rows the single-hit rows go; 192.0.2.70 (3 hits) stays blocked.
        counters.evict(FormRateCounters.Outcome.ACCEPTED, clock.now.minus(Duration.ofHours(1)), 5);
        assertThat(submit(guard, "192.0.2.70", "apply", 107, true)).isEqualTo(TOO_MANY);
        // Once its window has ended, its row is deleted.
        clock.now = clock.now.plus(Duration.ofHours(2));
        counters.evict(FormRateCounters.Outcome.ACCEPTED, clock.now.minus(Duration.ofHours(1)), 100_000);
        assertThat(counters.count("a:192.0.2.70", "apply", FormRateCounters.Outcome.ACCEPTED,
                Instant.parse("2025-09-15T02:00:00Z"))).isZero();
    }

    /** Asks a question, waits the minimum fill time, and answers it rightly or wrongly. */
    private @Nullable String submit(SubmissionGuard guard, String address, String form, long organ, boolean right) {
        // Shown 3 s ago (the minimum) without moving the clock, so every count above falls in one window.
        clock.now = clock.now.minusSeconds(3);
        FormChallenges.Issued issued = guard.ask(form, false);
        clock.now = clock.now.plusSeconds(3);
        return guard.refusal(issued.token(), right ? answerOf(issued) : "999", request(address), form, organ);
    }

    private static MockHttpServletRequest request(String address) {
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/apply/x");
        http.setRemoteAddr(address);
        return http;
    }

    private static String answerOf(FormChallenges.Issued issued) {
        return cn.gongkai.server.FormAnswers.answer(issued.token());
    }

    static final class MovingClock extends Clock {
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
