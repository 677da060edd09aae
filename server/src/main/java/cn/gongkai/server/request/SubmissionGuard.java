package cn.gongkai.server.request;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the public forms for people: a signed single-use challenge ({@link FormChallenges}: a picture or its
 * text variant, no script needed, nothing sent to a third party), a
 * field hidden from people that programs fill in (honeypot), a minimum time between showing the form and
 * sending it, and rate limits kept in the database ({@link FormLimits}): accepted submissions per address,
 * per IPv6 /64 and per organ, and wrong answers per address, each per form and counted apart.
 */
@Component
public class SubmissionGuard {

    /** The honeypot field: hidden by the stylesheet and labelled for screen readers to leave empty. */
    public static final String HONEYPOT = "website";
    private static final int EVICT_EVERY = 100;

    private final FormRateCounters counters;
    private final FormLimits limits;
    private final FormChallenges challenges;
    private final Clock clock;
    private final AtomicInteger calls = new AtomicInteger();

    SubmissionGuard(FormRateCounters counters, FormLimits limits, FormChallenges challenges, Clock clock) {
        this.counters = counters;
        this.limits = limits;
        this.challenges = challenges;
        this.clock = clock;
    }

    /** A new challenge for {@code form}: the picture, or the text variant when asked for ({@code ?challenge=text}). */
    public FormChallenges.Issued ask(String form, boolean textWanted) {
        return challenges.issue(form, textWanted);
    }

    /**
     * Why a submission of {@code form} to organ {@code organId} is refused, or null when it may go on (it is
     * then counted). The challenge's token is used once: the form comes back with a new one.
     */
    public @Nullable String refusal(String token, String answer, HttpServletRequest http, String form, long organId) {
        Instant now = clock.instant();
        if (calls.incrementAndGet() % EVICT_EVERY == 0) {
            counters.evict(FormRateCounters.Outcome.ACCEPTED, now.minus(limits.acceptedWindow()), limits.maxRows());
            counters.evict(FormRateCounters.Outcome.FAILED, now.minus(limits.failedWindow()), limits.maxRows());
        }
        List<String> sources = sources(http.getRemoteAddr());
        Instant failedWindow = window(now, limits.failedWindow());
        for (String source : sources) {
            if (counters.count(source, form, FormRateCounters.Outcome.FAILED, failedWindow) >= limits.failedPerAddress()) {
                return "验证未通过的次数过多，请 " + minutes(limits.failedWindow()) + " 分钟后再试";
            }
        }
        String honeypot = http.getParameter(HONEYPOT);
        boolean robot = honeypot != null && !honeypot.isEmpty();
        FormChallenges.Outcome outcome = robot ? FormChallenges.Outcome.TOO_FAST
                : challenges.check(form, token, answer, limits.minFillTime());
        if (outcome != FormChallenges.Outcome.ACCEPTED) {
            sources.forEach(s -> counters.hit(s, form, FormRateCounters.Outcome.FAILED, failedWindow));
            return switch (outcome) {
                case WRONG -> "验证题答案不正确，请重新作答后提交（已换一道题）";
                case EXPIRED -> "验证题已过期，请回答新的验证题后重新提交（已换一道题）";
                case REPLAYED -> "这道验证题已经用过，请回答新的验证题后重新提交（已换一道题）";
                case TOO_FAST -> "提交未通过验证，请核对填写的内容后重新提交（已换一道题）";
                default -> "验证题无效，请回答新的验证题后重新提交（已换一道题）";
            };
        }
        Instant acceptedWindow = window(now, limits.acceptedWindow());
        String organBucket = "o:" + organId;
        for (String source : sources) {
            int limit = source.startsWith("n:") ? limits.acceptedPerNetwork() : limits.acceptedPerAddress();
            if (counters.count(source, form, FormRateCounters.Outcome.ACCEPTED, acceptedWindow) >= limit) {
                return "同一网络一小时内提交过多，请稍后再试；确需多次提交的，可以到机关当面或邮寄提交";
            }
        }
        if (counters.count(organBucket, form, FormRateCounters.Outcome.ACCEPTED, acceptedWindow) >= limits.acceptedPerOrgan()) {
            return "本机关这一小时收到的网上提交已达上限，请稍后再试，或到机关当面、邮寄提交";
        }
        sources.forEach(s -> counters.hit(s, form, FormRateCounters.Outcome.ACCEPTED, acceptedWindow));
        counters.hit(organBucket, form, FormRateCounters.Outcome.ACCEPTED, acceptedWindow);
        return null;
    }

    /** The address itself, and for IPv6 also its /64 network (one household or device holds a whole /64). */
    static List<String> sources(String address) {
        List<String> sources = new ArrayList<>(List.of("a:" + address));
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
                if (bytes.length == 16) {
                    sources.add("n:" + HexFormat.of().formatHex(bytes, 0, 8) + "/64");
                }
            } catch (UnknownHostException notALiteral) {
                // the address alone is counted
            }
        }
        return sources;
    }

    private static Instant window(Instant now, Duration length) {
        long seconds = Math.max(1, length.toSeconds());
        return Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds);
    }

    private static long minutes(Duration d) {
        return Math.max(1, d.toMinutes());
    }
}
