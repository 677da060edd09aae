package cn.gongkai.server.request;

import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Table 四 of a year: every case the organ had during the year — filed in the year, or filed earlier
 * and still undecided when the year began — counted once, by its state on 31 December: its result if
 * decided by then, otherwise 尚未审结. So a case filed in November and decided in March is 尚未审结 in
 * the first year's report and counted again, with its result, in the next one, as reports do;
 * a case decided in an earlier year is not counted again. 总计 is the sum.
 */
public final class ReviewTableCompiler {

    private ReviewTableCompiler() {
    }

    public static ReviewTable compile(Collection<ReviewCase> cases, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[][] n = new long[ReviewGroup.values().length][4];
        for (ReviewCase c : cases) {
            if (c.filedOn().isAfter(last) || (c.decided() != null && c.decided().isBefore(first))) {
                continue;
            }
            int column = c.decided() == null || c.decided().isAfter(last) ? 3 : c.result().ordinal();
            n[c.group().ordinal()][column]++;
        }
        return new ReviewTable(outcomes(n[0]), outcomes(n[1]), outcomes(n[2]));
    }

    private static ReviewOutcomes outcomes(long[] four) {
        long total = four[0] + four[1] + four[2] + four[3];
        return ReviewOutcomes.of(List.of(Cell.of(four[0]), Cell.of(four[1]), Cell.of(four[2]), Cell.of(four[3]),
                Cell.of(total)));
    }
}
