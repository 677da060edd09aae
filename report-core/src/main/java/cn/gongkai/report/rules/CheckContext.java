package cn.gongkai.report.rules;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.parse.SourceMap;
import org.jspecify.annotations.Nullable;

/**
 * What a rule looks at: the report, what the parser saw of its source, the configuration, and the
 * organ's previous report when known (for the cross-year rules).
 */
public record CheckContext(AnnualReport report, SourceMap sourceMap, CheckerConfig config,
        @Nullable AnnualReport previous) {
}
