package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import java.util.ArrayList;
import java.util.List;

/** T3-ROW-TOTAL: in every row of 表三, the six applicant columns add up to 总计 (facts §1.7 R4). */
final class T3RowTotalRule extends IdentityRule {

    @Override
    public String code() {
        return Codes.T3_ROW_TOTAL;
    }

    @Override
    public String summary() {
        return "表三每一行：自然人 + 五类法人或其他组织 = 总计";
    }

    @Override
    String table() {
        return "三";
    }

    private static final List<String> PART_NAMES = java.util.Arrays.stream(ApplicantColumn.values())
            .filter(c -> c != ApplicantColumn.TOTAL).map(ApplicantColumn::label).toList();
    private static final List<String> ROW_NAMES = java.util.Arrays.stream(RequestRow.values())
            .map(r -> "表三“" + r.displayName() + "”行").toList();

    @Override
    List<Instance> instances(CheckContext context) {
        RequestTable t = context.report().requests();
        List<Instance> out = new ArrayList<>(RequestRow.COUNT);
        for (RequestRow row : RequestRow.values()) {
            List<Cell> parts = new ArrayList<>(6);
            for (ApplicantColumn c : ApplicantColumn.values()) {
                if (c != ApplicantColumn.TOTAL) {
                    parts.add(t.get(row, c));
                }
            }
            out.add(new Instance(ROW_NAMES.get(row.ordinal()), parts, PART_NAMES,
                    List.of(t.get(row, ApplicantColumn.TOTAL)), List.of("总计"),
                    Location.cell(context.sourceMap().requestRowLine(row), "三", "三", row.id(), ApplicantColumn.TOTAL.id())));
        }
        return out;
    }
}
