package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.DocumentCounts;
import java.util.List;

/**
 * T2-IN-FORCE-PROGRESSION (cross-year): 现行有效(Y) = 现行有效(Y−1) + 制发(Y) − 废止(Y) for 行政规范性文件.
 * Not an official rule (facts §1.7 R6): 废止 may concern older documents, so a warning.
 */
final class InForceProgressionRule implements Rule {

    @Override
    public String code() {
        return Codes.T2_IN_FORCE_PROGRESSION;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "跨年度：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        if (context.previous() == null) {
            return;
        }
        DocumentCounts now = context.report().proactive().normativeDocuments();
        DocumentCounts before = context.previous().proactive().normativeDocuments();
        if (!(now.issued().known() && now.repealed().known() && now.inForce().known() && before.inForce().known())) {
            return;
        }
        long expected = before.inForce().value() + now.issued().value() - now.repealed().value();
        if (expected != now.inForce().value()) {
            out.add(Diagnostic.warning(code(), "表二 行政规范性文件：上年现行有效 " + before.inForce().value() + " + 本年制发 "
                    + now.issued().value() + " − 本年废止 " + now.repealed().value() + " = " + expected + "，但本年现行有效为 "
                    + now.inForce().value(), Location.cell(context.sourceMap().proactiveRowLine("normativeDocuments"), "二",
                    "二", "normativeDocuments", "inForce")));
        }
    }
}
