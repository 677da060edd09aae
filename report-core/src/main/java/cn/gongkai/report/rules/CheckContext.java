package cn.gongkai.report.rules;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.parse.SourceMap;
import org.jspecify.annotations.Nullable;

/**
 * What a rule looks at: the report, what the parser saw of its source, the configuration, and the
 * organ's previous report when known (for the cross-year rules). Also what several rules read from
 * the same text, read once per check ({@link #stated()}). One check's rules run on one thread.
 */
public final class CheckContext {

    private final AnnualReport report;
    private final SourceMap sourceMap;
    private final CheckerConfig config;
    private final @Nullable AnnualReport previous;
    private @Nullable StatedFigures stated;

    public CheckContext(AnnualReport report, SourceMap sourceMap, CheckerConfig config, @Nullable AnnualReport previous) {
        this.report = report;
        this.sourceMap = sourceMap;
        this.config = config;
        this.previous = previous;
    }

    public AnnualReport report() {
        return report;
    }

    public SourceMap sourceMap() {
        return sourceMap;
    }

    public CheckerConfig config() {
        return config;
    }

    public @Nullable AnnualReport previous() {
        return previous;
    }

    /** The figures section 一 states beyond 本年新收 (NARRATIVE-MISMATCH, NARRATIVE-ALL-UPHELD), read on first use. */
    StatedFigures stated() {
        if (stated == null) {
            stated = StatedFigures.read(report.sectionText(Section.OVERVIEW));
        }
        return stated;
    }
}
