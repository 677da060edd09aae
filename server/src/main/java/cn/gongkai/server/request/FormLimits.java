package cn.gongkai.server.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public forms (申请, 投诉建议), per form. Defaults are set for a village whose households share
 * one internet address (a township office's or a mobile carrier's NAT): 30 accepted submissions an hour from
 * one address still lets a village committee file for a queue of residents, while a script is stopped.
 *
 * @param acceptedPerAddress accepted submissions per address per {@code acceptedWindow} (default 30)
 * @param acceptedPerNetwork accepted submissions per IPv6 /64 network (one household or one mobile device
 *                           holds a whole /64, so changing addresses inside it does not help) (default 60)
 * @param acceptedPerOrgan   accepted submissions to one organ from everyone (a flood against one township)
 *                           (default 300)
 * @param acceptedWindow     window of the accepted counts (default 1 hour)
 * @param failedPerAddress   wrong answers from one address (or /64) before it must wait (default 20)
 * @param failedWindow       window of the failed counts (default 10 minutes)
 * @param minFillTime        a form sent back sooner than this after it was shown was filled by a program
 *                           (default 3 s; tests set 0)
 * @param maxRows            counter rows kept at most; beyond it the oldest windows are deleted first (default
 *                           100,000 rows, a few MB)
 */
@ConfigurationProperties("gongkai.forms")
record FormLimits(int acceptedPerAddress, int acceptedPerNetwork, int acceptedPerOrgan, Duration acceptedWindow,
        int failedPerAddress, Duration failedWindow, Duration minFillTime, int maxRows) {

    FormLimits {
        acceptedPerAddress = acceptedPerAddress > 0 ? acceptedPerAddress : 30;
        acceptedPerNetwork = acceptedPerNetwork > 0 ? acceptedPerNetwork : 60;
        acceptedPerOrgan = acceptedPerOrgan > 0 ? acceptedPerOrgan : 300;
        acceptedWindow = acceptedWindow != null ? acceptedWindow : Duration.ofHours(1);
        failedPerAddress = failedPerAddress > 0 ? failedPerAddress : 20;
        failedWindow = failedWindow != null ? failedWindow : Duration.ofMinutes(10);
        minFillTime = minFillTime != null ? minFillTime : Duration.ofSeconds(3);
        maxRows = maxRows > 0 ? maxRows : 100_000;
    }
}
