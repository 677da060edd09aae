package cn.gongkai.server.assessment;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.assessment.*}: the scoring scheme. No national scheme exists (each county writes its own
 * 考核办法), so every weight and penalty is a setting; the defaults add up to 100 and are explained in
 * docs/assessment.md.
 *
 * @param monthlyItems        items a month that earn the full publishing points
 * @param guideMaxAgeDays     a disclosure guide older than this is stale (Art. 53: 不及时更新指南)
 */
@ConfigurationProperties("gongkai.assessment")
public record AssessmentScheme(@DefaultValue("20") double publishing, @DefaultValue("20") double statutory,
        @DefaultValue("25") double requests, @DefaultValue("15") double feedback, @DefaultValue("10") double links,
        @DefaultValue("5") double guide, @DefaultValue("5") double rectification, @DefaultValue("4") int monthlyItems,
        @DefaultValue("5") double overdueRequestPenalty, @DefaultValue("2") double brokenLinkPenalty,
        @DefaultValue("2.5") double lateFindingPenalty, @DefaultValue("365") int guideMaxAgeDays) {

    public AssessmentScheme {
        if (monthlyItems < 1 || guideMaxAgeDays < 1) {
            throw new IllegalArgumentException("gongkai.assessment.monthly-items 和 guide-max-age-days 必须大于 0");
        }
        for (double w : new double[] {publishing, statutory, requests, feedback, links, guide, rectification,
                overdueRequestPenalty, brokenLinkPenalty, lateFindingPenalty}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("gongkai.assessment 的分值和扣分不能为负数");
            }
        }
    }

    /** The defaults, as documented. */
    public static AssessmentScheme defaults() {
        return new AssessmentScheme(20, 20, 25, 15, 10, 5, 5, 4, 5, 2, 2.5, 365);
    }

    public Map<Criterion, Double> weights() {
        Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.PUBLISHING, publishing);
        w.put(Criterion.STATUTORY, statutory);
        w.put(Criterion.REQUESTS, requests);
        w.put(Criterion.FEEDBACK, feedback);
        w.put(Criterion.LINKS, links);
        w.put(Criterion.GUIDE, guide);
        w.put(Criterion.RECTIFICATION, rectification);
        return w;
    }

    public double total() {
        return weights().values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
