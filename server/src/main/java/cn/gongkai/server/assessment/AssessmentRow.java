package cn.gongkai.server.assessment;

import cn.gongkai.server.organs.Organ;
import java.util.Map;

/** One organ's line of a month's ranking. */
public record AssessmentRow(Organ organ, OrganMonth figures, Map<Criterion, Double> points, double score, int rank) {
}
