package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.RequestRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between the published report and the one compiled now (a late correction, a case
 * closed after publication): one line per table cell that differs, in the report's own words.
 */
final class ReportDiff {

    private ReportDiff() {
    }

    static List<String> changes(AnnualReport published, AnnualReport now) {
        List<String> out = new ArrayList<>();
        docs(out, "规章", published.proactive().rules(), now.proactive().rules());
        docs(out, "行政规范性文件", published.proactive().normativeDocuments(), now.proactive().normativeDocuments());
        cell(out, "表二 行政许可", published.proactive().licensing(), now.proactive().licensing());
        cell(out, "表二 行政处罚", published.proactive().penalty(), now.proactive().penalty());
        cell(out, "表二 行政强制", published.proactive().coerciveMeasure(), now.proactive().coerciveMeasure());
        if (!Objects.equals(published.proactive().administrativeFees(), now.proactive().administrativeFees())) {
            out.add("表二 行政事业性收费（万元）：" + published.proactive().administrativeFees() + " → "
                    + now.proactive().administrativeFees());
        }
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cell(out, "表三 " + (row.group() == null ? "" : row.group()) + row.label() + " " + column.label(),
                        published.requests().get(row, column), now.requests().get(row, column));
            }
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            ReviewOutcomes a = published.reviews().group(g);
            ReviewOutcomes b = now.reviews().group(g);
            for (int i = 0; i < ReviewOutcomes.COLUMN_LABELS.size(); i++) {
                cell(out, "表四 " + g.label() + " " + ReviewOutcomes.COLUMN_LABELS.get(i), a.cells().get(i), b.cells().get(i));
            }
        }
        return out;
    }

    private static void docs(List<String> out, String what, DocumentCounts a, DocumentCounts b) {
        cell(out, "表二 " + what + " 本年制发件数", a.issued(), b.issued());
        cell(out, "表二 " + what + " 本年废止件数", a.repealed(), b.repealed());
        cell(out, "表二 " + what + " 现行有效件数", a.inForce(), b.inForce());
    }

    private static void cell(List<String> out, String where, Cell a, Cell b) {
        if (!a.equals(b)) {
            out.add(where + "：" + show(a) + " → " + show(b));
        }
    }

    private static String show(Cell c) {
        return c.known() ? Long.toString(c.value()) : "未填";
    }
}
