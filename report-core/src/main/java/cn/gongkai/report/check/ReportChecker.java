package cn.gongkai.report.check;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.extract.DocumentReader;
import cn.gongkai.report.extract.ReadLimits;
import cn.gongkai.report.extract.SourceText;
import cn.gongkai.report.extract.TooComplexException;
import cn.gongkai.report.extract.UnreadableException;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.TemplateEdition;
import cn.gongkai.report.parse.ParseResult;
import cn.gongkai.report.parse.ReportParser;
import cn.gongkai.report.parse.SourceMap;
import cn.gongkai.report.rules.CheckContext;
import cn.gongkai.report.rules.CheckerConfig;
import cn.gongkai.report.rules.Rule;
import cn.gongkai.report.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 年报体检: reads a report file of any supported kind, recovers it, and runs the rules of its
 * format edition. Immutable and thread-safe; build once with {@link #builder()} and share.
 *
 * <pre>{@code
 * ReportChecker checker = ReportChecker.builder().build();
 * CheckResult result = checker.check(Path.of("report.pdf"));
 * }</pre>
 */
public final class ReportChecker {

    private final DocumentReader reader;
    private final ReportParser parser = new ReportParser();
    private final CheckerConfig config;

    private ReportChecker(Builder b) {
        this.reader = new DocumentReader(b.limits);
        this.config = b.config;
    }

    public static Builder builder() {
        return new Builder();
    }

    public CheckerConfig config() {
        return config;
    }

    public ReadLimits limits() {
        return reader.limits();
    }

    public CheckResult check(Path file) {
        String name = file.toString();
        try {
            return check(reader.read(file), name);
        } catch (TooComplexException e) {
            return tooComplex(name, e.getMessage());
        } catch (UnreadableException e) {
            return unreadable(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(name, "读取时发生意外错误（" + e.getClass().getSimpleName() + "），文件可能已损坏。");
        }
    }

    public CheckResult check(byte[] bytes, String sourceName) {
        try {
            return check(reader.read(bytes), sourceName);
        } catch (TooComplexException e) {
            return tooComplex(sourceName, e.getMessage());
        } catch (UnreadableException e) {
            return unreadable(sourceName, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(sourceName, "读取时发生意外错误（" + e.getClass().getSimpleName() + "），文件可能已损坏。");
        }
    }

    public CheckResult check(SourceText text, String sourceName) {
        ParseResult parsed = parser.parse(text, sourceName);
        String period = parsed.sourceMap().titleLine() == null ? PeriodicStatistics.heading(text.lines()) : null;
        if (period != null) {
            return unreadable(sourceName, "不是政府信息公开工作年度报告：标题“" + period + "”是不足一年的统计，"
                    + "年度报告的格式和勾稽关系不适用。请检查该机关的年度报告。");
        }
        // A file cut short is answered "incomplete" with what could be read, even nothing, rather than refused.
        if (parsed.sourceMap().sectionLines().isEmpty() && parsed.sourceMap().tableLines().isEmpty()
                && parsed.sourceMap().titleLine() == null
                && !parsed.sourceMap().mentionsReport() && !parsed.sourceMap().truncated()) {
            return unreadable(sourceName, "不是政府信息公开工作年度报告：没有找到报告标题，也没有找到“一、总体情况”等六个部分的标题。");
        }
        return validate(parsed.report(), parsed.sourceMap(), null);
    }

    /** Runs the rules on a report that is already a model (parsed earlier, or compiled by the platform). */
    public CheckResult validate(AnnualReport report, SourceMap sourceMap, @Nullable AnnualReport previous) {
        CheckContext context = new CheckContext(report, sourceMap, config, previous);
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : RuleSet.forEdition(report.templateEdition()).rules()) {
            rule.check(context, out);
        }
        return new CheckResult(report, out, sourceMap.fromSource() ? sourceMap : null);
    }

    /**
     * Adds the cross-year findings (T3-CARRY-OVER, T2-IN-FORCE-PROGRESSION, COPY-FROM-LAST-YEAR) to a
     * result checked without its previous report, now that {@code previous} — last year's report of the same
     * organ — is known. The findings carry section, table and row but no line (the source map of the
     * first check is not kept).
     */
    public CheckResult withPrevious(CheckResult current, AnnualReport previous) {
        CheckContext context = new CheckContext(current.report(), SourceMap.compiled(), config, previous);
        List<Diagnostic> out = new ArrayList<>(current.diagnostics());
        for (Rule rule : RuleSet.crossYear()) {
            rule.check(context, out);
        }
        return new CheckResult(current.report(), out);
    }

    public static CheckResult unreadable(String sourceName, String reason) {
        return refused(sourceName, Codes.UNREADABLE, reason);
    }

    /** The file was refused because reading it would exceed a {@link ReadLimits} budget; the reason says which. */
    public static CheckResult tooComplex(String sourceName, String reason) {
        return refused(sourceName, Codes.INPUT_TOO_COMPLEX, reason);
    }

    private static CheckResult refused(String sourceName, String code, String reason) {
        AnnualReport empty = new AnnualReport(sourceName, null, OrganKind.OTHER, null, null, TemplateEdition.UNKNOWN,
                ProactiveTable.unknown(), RequestTable.allUnknown(), ReviewTable.unknown(), Map.of(), Narrative.empty());
        return new CheckResult(empty, List.of(Diagnostic.error(code, reason, Location.NOWHERE)));
    }

    /** Configures a checker. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.DEFAULT;
        private CheckerConfig config = CheckerConfig.DEFAULT;

        private Builder() {
        }

        public Builder limits(ReadLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder config(CheckerConfig config) {
            this.config = config;
            return this;
        }

        public ReportChecker build() {
            return new ReportChecker(this);
        }
    }
}
