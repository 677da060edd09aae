package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.TemplateEdition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The county's roll-up: every organ's tables added cell by cell. A cell is known only when it is known
 * in every organ's report (a sum with an unknown part is unknown, never a guess).
 */
public final class RollUp {

    private RollUp() {
    }

    public static AnnualReport sum(String name, int year, List<AnnualReport> reports) {
        RequestTable.Builder requests = RequestTable.builder();
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                requests.set(row, column, add(reports, r -> r.requests().get(row, column)));
            }
        }
        ReviewTable reviews = new ReviewTable(outcomes(reports, ReviewTable::reconsideration),
                outcomes(reports, ReviewTable::litigationDirect), outcomes(reports, ReviewTable::litigationAfterReconsideration));
        ProactiveTable proactive = new ProactiveTable(docs(reports, ProactiveTable::rules),
                docs(reports, ProactiveTable::normativeDocuments), add(reports, r -> r.proactive().licensing()),
                add(reports, r -> r.proactive().penalty()), add(reports, r -> r.proactive().coerciveMeasure()),
                fees(reports));
        return new AnnualReport(null, name, OrganKind.COUNTY, year, null, TemplateEdition.V2021, proactive,
                requests.build(), reviews, Map.of(), Narrative.empty());
    }

    private static DocumentCounts docs(List<AnnualReport> reports, Function<ProactiveTable, DocumentCounts> which) {
        return new DocumentCounts(add(reports, r -> which.apply(r.proactive()).issued()),
                add(reports, r -> which.apply(r.proactive()).repealed()), add(reports, r -> which.apply(r.proactive()).inForce()));
    }

    private static ReviewOutcomes outcomes(List<AnnualReport> reports, Function<ReviewTable, ReviewOutcomes> which) {
        return ReviewOutcomes.of(List.of(add(reports, r -> which.apply(r.reviews()).upheld()),
                add(reports, r -> which.apply(r.reviews()).corrected()), add(reports, r -> which.apply(r.reviews()).otherResult()),
                add(reports, r -> which.apply(r.reviews()).pending()), add(reports, r -> which.apply(r.reviews()).total())));
    }

    private static Cell add(List<AnnualReport> reports, Function<AnnualReport, Cell> cell) {
        long sum = 0;
        for (AnnualReport r : reports) {
            Cell c = cell.apply(r);
            if (!c.known()) {
                return Cell.unknown();
            }
            sum += c.value();
        }
        return Cell.of(sum);
    }

    private static BigDecimal fees(List<AnnualReport> reports) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AnnualReport r : reports) {
            if (r.proactive().administrativeFees() == null) {
                return null;
            }
            sum = sum.add(r.proactive().administrativeFees());
        }
        return sum;
    }
}
