package cn.gongkai.report.check;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one report: the recovered report (all unknown when unreadable), every
 * diagnostic in stable order, and what the parser saw of the source (null when not parsed here:
 * compiled by the platform, read back from JSON, or unreadable).
 */
public record CheckResult(AnnualReport report, List<Diagnostic> diagnostics, @Nullable SourceMap sourceMap) {

    public CheckResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public CheckResult(AnnualReport report, List<Diagnostic> diagnostics) {
        this(report, diagnostics, null);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** The file was not read: it could not be ({@code UNREADABLE}) or would cost too much ({@code INPUT-TOO-COMPLEX}). */
    public boolean unreadable() {
        return diagnostics.stream().anyMatch(d -> d.code().equals(Codes.UNREADABLE) || d.code().equals(Codes.INPUT_TOO_COMPLEX));
    }

    /** Distinct codes of errors and warnings, in order of first appearance. */
    public List<String> codes() {
        return diagnostics.stream().filter(d -> d.severity() != Severity.INFO).map(Diagnostic::code).distinct().toList();
    }
}
