package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Severity;
import java.util.List;

/** One check of a report: a stable code, its severity, and the findings it adds. */
public interface Rule {

    String code();

    Severity severity();

    /** What it checks, in Chinese, for docs/rules.md and the web page's legend. */
    String summary();

    void check(CheckContext context, List<Diagnostic> out);
}
