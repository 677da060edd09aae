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
 * T3-HANDLED-TOTAL: per column, （七）总计 = the outcome rows (facts §1.7 R3). The 2019 format had no
 * sub-items under （六）其他处理, so its rule set leaves {@code excluded} rows out of the sum.
 */
final class T3HandledTotalRule extends IdentityRule {

    T3HandledTotalRule() {
        this(Set.of());
    }

    T3HandledTotalRule(Set<RequestRow> excluded) {
        this.outcomes = outcomeRows(excluded);
    }

    /** Adds the outcome cells of column {@code c} that are unknown or not 0, each named by {@code name}. */
    static void addNonZero(List<RequestRow> outcomes, RequestTable t, ApplicantColumn c,
            java.util.function.Function<RequestRow, String> name, List<Cell> cells, List<String> names) {
        for (RequestRow row : outcomes) {
            Cell cell = t.get(row, c);
            if (!cell.known() || cell.value() != 0) {
                cells.add(cell);
                names.add(name.apply(row));
            }
        }
    }

    /** The outcome rows that （七）总计 sums in an edition: all 21 but the {@code excluded} ones. */
    static List<RequestRow> outcomeRows(Set<RequestRow> excluded) {
        List<RequestRow> rows = new ArrayList<>();
        for (RequestRow row : RequestRow.values()) {
            if (row.isOutcome() && !excluded.contains(row)) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    /** The rows summed, fixed per rule set (not looked up per column and check). */
    private final List<RequestRow> outcomes;

    @Override
    public String code() {
        return Codes.T3_HANDLED_TOTAL;
    }

    @Override
    public String summary() {
        return "表三每一列：（七）总计 = 21 项办理结果之和";
    }

    @Override
    String table() {
        return "三";
    }

    @Override
    List<Instance> instances(CheckContext context) {
        RequestTable t = context.report().requests();
        List<Instance> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            // One cell for the sum keeps the message short: name only the non-zero outcomes (the zeros change
            // neither the sum nor whether it is known).
            List<Cell> shown = new ArrayList<>();
            List<String> shownNames = new ArrayList<>();
            addNonZero(outcomes, t, c, RequestRow::id, shown, shownNames);
            if (shown.isEmpty()) {
                shown.add(Cell.of(0));
                shownNames.add("各项办理结果");
            }
            out.add(new Instance(T3BalanceRule.COLUMN_NAMES.get(c.ordinal()), shown, shownNames,
                    List.of(t.get(RequestRow.HANDLED_TOTAL, c)), List.of("（七）总计"),
                    Location.cell(context.sourceMap().requestRowLine(RequestRow.HANDLED_TOTAL), "三", "三",
                            RequestRow.HANDLED_TOTAL.id(), c.id())));
        }
        return out;
    }
}
