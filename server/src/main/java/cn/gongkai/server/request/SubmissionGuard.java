package cn.gongkai.server.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the public form for people: a simple arithmetic question (no script needed, nothing sent to a
 * third party) and at most {@code gongkai.requests.max-per-hour} submissions an hour from one address.
 */
@Component
public class SubmissionGuard {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    /** Addresses remembered at most; beyond this the oldest are forgotten (memory stays bounded). */
    static final int MAX_ADDRESSES = 10_000;

    /** A question and its answer. */
    public record Challenge(String question, int answer) {
    }

    private final int maxPerHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionGuard(@Value("${gongkai.requests.max-per-hour:5}") int maxPerHour, Clock clock) {
        this.maxPerHour = maxPerHour;
        this.clock = clock;
    }

    public Challenge challenge() {
        int a = ThreadLocalRandom.current().nextInt(1, 10);
        int b = ThreadLocalRandom.current().nextInt(1, 10);
        return new Challenge("请计算：" + DIGITS[a] + "加" + DIGITS[b] + "等于几？（填写阿拉伯数字）", a + b);
    }

    /** Whether {@code address} may submit now; counts the submission when it may. */
    public boolean allow(String address) {
        Instant now = clock.instant();
        if (recent.size() > MAX_ADDRESSES) {
            recent.clear();
        }
        Deque<Instant> times = recent.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minusSeconds(3600))) {
                times.pollFirst();
            }
            if (times.size() >= maxPerHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** A new question for the form, its answer kept in the visitor's session under {@code key}; returns the question. */
    public String ask(jakarta.servlet.http.HttpSession session, String key) {
        Challenge c = challenge();
        session.setAttribute(key, c.answer());
        return c.question();
    }

    /**
     * Why a submission is refused (wrong answer, too many from this address), or null when it may go on.
     * The question is used once: the next form gets a new one.
     */
    public @org.jspecify.annotations.Nullable String refusal(jakarta.servlet.http.HttpSession session, String key,
            String answer, String address) {
        Object expected = session.getAttribute(key);
        session.removeAttribute(key);
        if (expected == null || !answer.strip().equals(expected.toString())) {
            return "验证题答案不正确，请重新计算后提交（已换一道题）";
        }
        if (!allow(address)) {
            return "同一网络一小时内提交过多，请稍后再试；确需多次提交的，可以到机关当面或邮寄提交";
        }
        return null;
    }
}
