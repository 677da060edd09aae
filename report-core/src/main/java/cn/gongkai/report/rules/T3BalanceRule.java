package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import java.util.ArrayList;
import java.util.List;

/** T3-BALANCE: per column of 表三, 一 本年新收 + 二 上年结转 = 三（七）总计 + 四 结转下年度 (the printed note). */
final class T3BalanceRule extends IdentityRule {

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
            out.add(new Instance(COLUMN_NAMES.get(c.ordinal()),
                    List.of(t.get(RequestRow.NEWLY_RECEIVED, c), t.get(RequestRow.CARRIED_IN, c)),
                    List.of("新收", "上年结转"),
                    List.of(t.get(RequestRow.HANDLED_TOTAL, c), t.get(RequestRow.CARRIED_OUT, c)),
                    List.of("办理总计", "结转下年度"),
                    Location.cell(line, "三", "三", null, c.id())));
        }
        return out;
    }
}
