package cn.gongkai.report.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 表二 主动公开政府信息情况: ten cells. {@code administrativeFees} is the 行政事业性收费 amount in 万元,
 * kept as the decimal written in the source; null when unknown.
 */
public record ProactiveTable(
        DocumentCounts rules,
        DocumentCounts normativeDocuments,
        Cell licensing,
        Cell penalty,
        Cell coerciveMeasure,
        @Nullable BigDecimal administrativeFees) {

    public static ProactiveTable unknown() {
        return new ProactiveTable(DocumentCounts.unknown(), DocumentCounts.unknown(),
                Cell.unknown(), Cell.unknown(), Cell.unknown(), null);
    }
}
