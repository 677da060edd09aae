package cn.gongkai.report.check;

import cn.gongkai.report.model.AnnualReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds, in a batch of checked reports, each report's previous-year report of the same organ (a second
 * file in the same folder or zip) and adds the cross-year findings to it. An organ is matched by its
 * name without white space; when the batch has two reports of the same organ and year, that year is
 * ambiguous and not used as anyone's previous report.
 */
public final class PreviousYear {

    private PreviousYear() {
    }

    /** The results in the same order, each with its cross-year findings when its previous report is in the batch. */
    public static List<CheckResult> pair(ReportChecker checker, List<CheckResult> results) {
        Map<String, Integer> byOrganYear = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            String key = key(results.get(i).report(), 0);
            if (key != null) {
                byOrganYear.merge(key, i, (a, b) -> -1);
            }
        }
        List<CheckResult> out = new ArrayList<>(results.size());
        for (CheckResult r : results) {
            String previousKey = key(r.report(), 1);
            Integer at = previousKey == null ? null : byOrganYear.get(previousKey);
            out.add(at == null || at < 0 || r.unreadable() ? r : checker.withPrevious(r, results.get(at).report()));
        }
        return out;
    }

    private static @Nullable String key(AnnualReport report, int yearsBack) {
        if (report.organ() == null || report.year() == null) {
            return null;
        }
        return report.organ().replaceAll("\\s+", "") + "/" + (report.year() - yearsBack);
    }
}
