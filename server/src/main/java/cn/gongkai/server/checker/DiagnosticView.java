package cn.gongkai.server.checker;

import cn.gongkai.report.diagnostic.Diagnostic;

/** One diagnostic in the list under the tables, numbered so that cells can point to it. */
record DiagnosticView(int ref, String severity, String severityName, String code, String where, String message) {

    static DiagnosticView of(int ref, Diagnostic d) {
        return new DiagnosticView(ref, d.severity().id(), d.severity().chinese(), d.code(), d.location().describe(),
                d.message());
    }
}
