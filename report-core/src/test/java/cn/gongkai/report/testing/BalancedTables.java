package cn.gongkai.report.testing;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.TemplateEdition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded reports whose 表三 and 表四 balance as an organ's would (most cells 0, a few large: a county's
 * 商业企业 column with thousands), with a chosen number of cells then put off by a few — the slips real
 * reports have — for property tests of what a reader may and may not recover.
 */
public final class BalancedTables {

    private final Random rnd;
    private final long seed;

    public BalancedTables(long seed) {
        this.seed = seed;
        this.rnd = new Random(seed);
    }

    /** A report with balanced tables and then {@code slips} cells of 表三 each raised by 1–5 on its own. */
    public AnnualReport next(int slips) {
        long[][] v = requests();
        RequestRow[] rows = RequestRow.values();
        for (int e = 0; e < slips; e++) {
            v[rows[rnd.nextInt(rows.length)].ordinal()][rnd.nextInt(ApplicantColumn.COUNT - 1)] += 1 + rnd.nextInt(5);
        }
        RequestTable.Builder b = RequestTable.builder();
        for (RequestRow r : rows) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                b.set(r, c, Cell.of(v[r.ordinal()][c.ordinal()]));
            }
        }
        List<ReviewOutcomes> groups = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            List<Cell> cells = new ArrayList<>();
            long total = 0;
            for (int k = 0; k < 4; k++) {
                long x = rnd.nextInt(4) == 0 ? count() : 0;
                total += x;
                cells.add(Cell.of(x));
            }
            cells.add(Cell.of(total));
            groups.add(ReviewOutcomes.of(cells));
        }
        AnnualReport base = new RandomReports(seed).next();
        return new AnnualReport("r.txt", base.organ(), base.organKind(), base.year(), base.publishedOn(),
                TemplateEdition.V2021, base.proactive(), b.build(), new ReviewTable(groups.get(0), groups.get(1), groups.get(2)),
                base.sections(), base.narrative());
    }

    /** 表三 by row and column ordinal: per applicant column 一 + 二 = （七） + 四 and （七） = the outcomes; 总计 = the row. */
    private long[][] requests() {
        long[][] v = new long[RequestRow.values().length][ApplicantColumn.COUNT];
        for (int c = 0; c < ApplicantColumn.COUNT - 1; c++) {
            boolean active = c == 0 || rnd.nextInt(3) == 0;
            long handled = 0;
            for (RequestRow row : RequestRow.values()) {
                if (row.isOutcome()) {
                    long x = active && rnd.nextInt(3) == 0 ? count() : 0;
                    v[row.ordinal()][c] = x;
                    handled += x;
                }
            }
            v[RequestRow.HANDLED_TOTAL.ordinal()][c] = handled;
            long in = active && rnd.nextInt(3) == 0 ? count() : 0;
            long out = active && rnd.nextInt(3) == 0 ? count() : 0;
            in = Math.min(in, handled + out);
            v[RequestRow.CARRIED_IN.ordinal()][c] = in;
            v[RequestRow.CARRIED_OUT.ordinal()][c] = out;
            v[RequestRow.NEWLY_RECEIVED.ordinal()][c] = handled + out - in;
        }
        for (long[] row : v) {
            long sum = 0;
            for (int c = 0; c < ApplicantColumn.COUNT - 1; c++) {
                sum += row[c];
            }
            row[ApplicantColumn.COUNT - 1] = sum;
        }
        return v;
    }

    /** Mostly small, sometimes large: 55 % zero, then 1–3, 1–20, and one in ten up to 3,000. */
    private long count() {
        int p = rnd.nextInt(100);
        if (p < 55) {
            return 0;
        }
        if (p < 78) {
            return 1 + rnd.nextInt(3);
        }
        if (p < 90) {
            return 1 + rnd.nextInt(20);
        }
        return 1 + rnd.nextInt(3000);
    }
}
