package cn.gongkai.server.assessment;

import java.util.EnumMap;
import java.util.Map;

/**
 * The score of an organ's month under a scheme. Pure, so that every rule can be checked by hand: a
 * share of the points for a rate (full when there was nothing to do), points taken off per overdue
 * request, broken link or late rectification, never below zero; rounded to one decimal.
 */
public final class Scoring {

    private Scoring() {
    }

    public static Map<Criterion, Double> points(OrganMonth m, AssessmentScheme s) {
        Map<Criterion, Double> p = new EnumMap<>(Criterion.class);
        p.put(Criterion.PUBLISHING, s.publishing() * Math.min(1.0, (double) m.itemsPublished() / s.monthlyItems()));
        p.put(Criterion.STATUTORY, rate(s.statutory(), m.statutoryOnTime(), m.statutoryDue()));
        p.put(Criterion.REQUESTS, Math.max(0, rate(s.requests(), m.requestsOnTime(), m.requestsClosed())
                - s.overdueRequestPenalty() * m.requestsOverdue()));
        p.put(Criterion.FEEDBACK, rate(s.feedback(), m.feedbackOnTime(), m.feedbackDue()));
        p.put(Criterion.LINKS, Math.max(0, s.links() - s.brokenLinkPenalty() * m.brokenLinkCount()));
        p.put(Criterion.GUIDE, m.guideAgeDays() != null && m.guideAgeDays() <= s.guideMaxAgeDays() ? s.guide() : 0);
        p.put(Criterion.RECTIFICATION, Math.max(0, s.rectification() - s.lateFindingPenalty() * m.lateFindings()));
        p.replaceAll((c, v) -> round(v));
        return p;
    }

    public static double total(Map<Criterion, Double> points) {
        return round(points.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    private static double rate(double weight, int done, int due) {
        return due == 0 ? weight : weight * done / due;
    }

    /** A score as the bulletin and the annual report write it: 88, 77.5. */
    public static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
