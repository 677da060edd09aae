package cn.gongkai.report.diagnostic;

import java.util.Comparator;

/**
 * One finding about a report: a stable {@code code} (see docs/rules.md), a severity, a Chinese
 * message naming the figures involved, and where it is.
 */
public record Diagnostic(String code, Severity severity, String message, Location location) {

    /** Stable output order: by position, then code, then message (written out: sorted on every check). */
    public static final Comparator<Diagnostic> ORDER = (a, b) -> {
        int c = Location.ORDER.compare(a.location, b.location);
        if (c == 0) {
            c = a.code.compareTo(b.code);
        }
        return c != 0 ? c : a.message.compareTo(b.message);
    };

    public static Diagnostic error(String code, String message, Location location) {
        return new Diagnostic(code, Severity.ERROR, message, location);
    }

    public static Diagnostic warning(String code, String message, Location location) {
        return new Diagnostic(code, Severity.WARNING, message, location);
    }

    public static Diagnostic info(String code, String message, Location location) {
        return new Diagnostic(code, Severity.INFO, message, location);
    }
}
