package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * T3-BALANCE: per column of 表三, 一 本年新收 + 二 上年结转 = 三（七）总计 + 四 结转下年度 (the printed note).
 * Where （七）总计 was not read (a blank, a row lost in a PDF) the outcome rows take its place: with
 * T3-HANDLED-TOTAL the two identities give 一 + 二 = the outcomes + 四, which is still checkable.
 */
final class T3BalanceRule extends IdentityRule {

    private final List<RequestRow> outcomes;

    T3BalanceRule() {
        this(Set.of());
    }

    /** {@code excluded}: the outcome rows the edition's （七）总计 does not sum (see T3HandledTotalRule). */
    T3BalanceRule(Set<RequestRow> excluded) {
        this.outcomes = T3HandledTotalRule.outcomeRows(excluded);
    }

    @Override
    public String code() {
        return Codes.T3_BALANCE;
    }

    @Override
    public String summary() {
        return "表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度";
    }

    @Override
    String table() {
        return "三";
    }

    /** “表三 自然人列” …, per column (also the names of T3-HANDLED-TOTAL's instances). */
    static final List<String> COLUMN_NAMES = java.util.Arrays.stream(ApplicantColumn.values())
            .map(c -> "表三 " + c.label() + "列").toList();

    @Override
    List<Instance> instances(CheckContext context) {
        RequestTable t = context.report().requests();
        Integer line = context.sourceMap().requestRowLine(RequestRow.HANDLED_TOTAL);
        List<Instance> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            List<Cell> right = new ArrayList<>();
            List<String> rightNames = new ArrayList<>();
            Cell total = t.get(RequestRow.HANDLED_TOTAL, c);
            if (total.known()) {
                right.add(total);
                rightNames.add("办理总计");
            } else {
                addOutcomes(t, c, right, rightNames);
            }
            right.add(t.get(RequestRow.CARRIED_OUT, c));
            rightNames.add("结转下年度");
            out.add(new Instance(COLUMN_NAMES.get(c.ordinal()),
                    List.of(t.get(RequestRow.NEWLY_RECEIVED, c), t.get(RequestRow.CARRIED_IN, c)),
                    List.of("新收", "上年结转"), right, rightNames,
                    Location.cell(line, "三", "三", null, c.id())));
        }
        return out;
    }

    /** The outcome rows in place of an unread total; zeros change nothing, so only the others are named. */
    private void addOutcomes(RequestTable t, ApplicantColumn c, List<Cell> cells, List<String> names) {
        int before = cells.size();
        T3HandledTotalRule.addNonZero(outcomes, t, c, RequestRow::displayName, cells, names);
        if (cells.size() == before) {
            cells.add(Cell.of(0));
            names.add("各项办理结果（总计未读出）");
        } else {
            names.set(before, "办理结果（总计未读出）" + names.get(before));
        }
    }
}
