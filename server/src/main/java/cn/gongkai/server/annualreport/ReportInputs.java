package cn.gongkai.server.annualreport;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the organ enters for a year's report; null: not entered yet. */
public record ReportInputs(@Nullable Long rulesIssued, @Nullable Long rulesRepealed, @Nullable Long rulesInForce,
        @Nullable Long licensing, @Nullable Long penalty, @Nullable Long coerciveMeasure,
        @Nullable BigDecimal feesWanYuan, @Nullable String overview, @Nullable String problems,
        @Nullable String otherMatters) {

    public static ReportInputs empty() {
        return new ReportInputs(null, null, null, null, null, null, null, null, null, null);
    }
}
