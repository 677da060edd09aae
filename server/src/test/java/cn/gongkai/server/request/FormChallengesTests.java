package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.FormAnswers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public forms' challenge token (issue 11): signed, single-use, time-limited, its answer not in the page.
 * Same context as SubmissionGuardTests (one H2 in memory for the used nonces).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:submission-guard-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class FormChallengesTests {

    private static final Duration NO_WAIT = Duration.ZERO;

    @Autowired
    ChallengeNonces nonces;

    private final SubmissionGuardTests.MovingClock clock = new SubmissionGuardTests.MovingClock();

    private FormChallenges challenges() {
        return new FormChallenges(FormAnswers.TEST_KEY, Duration.ofMinutes(30), nonces, clock);
    }

    @Test
    void theRightAnswerIsAcceptedOnceAndAReplayIsRefused() {
        FormChallenges c = challenges();
        FormChallenges.Issued issued = c.issue("apply", false);
        String answer = FormAnswers.answer(issued.token());

        assertThat(c.check("apply", issued.token(), answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.ACCEPTED);
        assertThat(c.check("apply", issued.token(), answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.REPLAYED);
    }

    @Test
    void aWrongAnswerSpendsTheTokenSoItCannotBeGuessedAgain() {
        FormChallenges c = challenges();
        FormChallenges.Issued issued = c.issue("apply", false);
        // The picture's sums and differences of 1–10 never come to 99.
        assertThat(c.check("apply", issued.token(), "99", NO_WAIT)).isEqualTo(FormChallenges.Outcome.WRONG);
        assertThat(c.check("apply", issued.token(), FormAnswers.answer(issued.token()), NO_WAIT))
                .isEqualTo(FormChallenges.Outcome.REPLAYED);
    }

    @Test
    void aChangedTokenIsRefusedEvenWithTheRightAnswer() {
        FormChallenges c = challenges();
        FormChallenges.Issued issued = c.issue("apply", false);
        String answer = FormAnswers.answer(issued.token());
        String[] parts = issued.token().split("\\.");

        // Issued an hour later than it was (to outlive the expiry): the signature no longer matches.
        parts[2] = Long.toString(Long.parseLong(parts[2]) + 3_600_000);
        assertThat(c.check("apply", String.join(".", parts), answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.TAMPERED);
        // Another form's token, and a signature made with another key.
        assertThat(c.check("feedback", issued.token(), answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.TAMPERED);
        String otherKey = Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8));
        FormChallenges.Issued foreign = new FormChallenges(otherKey, Duration.ofMinutes(30), nonces, clock).issue("apply", false);
        assertThat(c.check("apply", foreign.token(), "1", NO_WAIT)).isEqualTo(FormChallenges.Outcome.TAMPERED);
        assertThat(c.check("apply", "garbage", answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.TAMPERED);
        // The untouched token is still good: a changed copy did not spend it.
        assertThat(c.check("apply", issued.token(), answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.ACCEPTED);
    }

    @Test
    void aTokenOlderThanThirtyMinutesIsExpiredAndOneSentTooSoonIsNotSpent() {
        FormChallenges c = challenges();
        FormChallenges.Issued issued = c.issue("feedback", true);
        String answer = FormAnswers.answer(issued.token());

        assertThat(c.check("feedback", issued.token(), answer, Duration.ofSeconds(3))).isEqualTo(FormChallenges.Outcome.TOO_FAST);
        clock.now = clock.now.plus(Duration.ofMinutes(30)).plusSeconds(1);
        assertThat(c.check("feedback", issued.token(), answer, NO_WAIT)).isEqualTo(FormChallenges.Outcome.EXPIRED);
    }

    @Test
    void thePageHoldsNeitherTheAnswerNorTheQuestionAsText() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(ChallengeImage.available()).as("a font with Chinese numerals (scripts/install-test-packages.sh)").isTrue();
        }
        Assumptions.assumeTrue(ChallengeImage.available(), "no font with Chinese numerals: the forms use the text variant");
        FormChallenges.Issued issued = challenges().issue("apply", false);
        String svg = new String(Base64.getDecoder().decode(issued.image().substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);

        assertThat(issued.text()).isFalse();
        assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("<text");
        // No Han character anywhere in the picture, the token or the label's wording of the sum.
        assertThat(svg.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).isTrue();
        assertThat(issued.token()).doesNotContain("加").doesNotContain("减");
        assertThat(issued.label()).isEqualTo("验证题：请填写图中算式的得数（阿拉伯数字）");
    }

    @Test
    void theTextVariantAsksForACharacterOfAWordByItsPosition() {
        // By hand for 年度报告: from the left 一 年, 三 报; from the right 一 告, 四 年.
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            ChallengeQuestions.Question q = ChallengeQuestions.character(random);
            String word = q.text().replaceAll("^[^“]*“([^”]+)”.*$", "$1");
            int position = "零一二三四五六七八九十".indexOf(q.text().replaceAll("^.*第(.)个字.*$", "$1"));
            boolean fromEnd = q.text().contains("从右数") || q.text().contains("倒数") || q.text().contains("从末尾");
            char expected = word.charAt(fromEnd ? word.length() - position : position - 1);
            assertThat(q.answer()).as(q.text()).isEqualTo(String.valueOf(expected));
        }
        ChallengeQuestions.Question sum = ChallengeQuestions.arithmetic(new SplittableRandom(1));
        assertThat(sum.text()).matches("[一二三四五六七八九十][加减][一二三四五六七八九十]等于几");
    }
}
