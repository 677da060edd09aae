package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import java.util.List;

/**
 * T3-CARRY-OVER (cross-year, needs the previous report): 上年结转 of this year should equal 结转下年度
 * of last year, per column (facts §1.7 R7, a consistency check, so a warning).
 */
final class CarryOverRule implements Rule {

    @Override
    public String code() {
        return Codes.T3_CARRY_OVER;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "跨年度：本年“上年结转”应等于上年报告的“结转下年度继续办理”";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        if (context.previous() == null) {
            return;
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            Cell now = context.report().requests().get(RequestRow.CARRIED_IN, c);
            Cell before = context.previous().requests().get(RequestRow.CARRIED_OUT, c);
            if (now.known() && before.known() && now.value() != before.value()) {
                out.add(Diagnostic.warning(code(), "表三 " + c.label() + "列：本年“上年结转” " + now.value()
                        + " ≠ 上年报告“结转下年度继续办理” " + before.value(),
                        Location.cell(context.sourceMap().requestRowLine(RequestRow.CARRIED_IN), "三", "三",
                                RequestRow.CARRIED_IN.id(), c.id())));
            }
        }
    }
}
