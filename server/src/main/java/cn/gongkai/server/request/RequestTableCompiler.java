package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Table 三 of a year computed from the requests, so that every accounting identity holds by
 * construction: a request received in the year is 本年新收; one received earlier and not closed
 * before the year is 上年结转; one closed in the year counts once, in its outcome's row; one open at
 * the end of the year is 结转下年度 (and next year's 上年结转). Totals are sums.
 */
public final class RequestTableCompiler {

    private RequestTableCompiler() {
    }

    public static RequestTable compile(Collection<CaseFacts> cases, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[][] n = new long[RequestRow.COUNT][ApplicantColumn.COUNT];
        for (CaseFacts c : cases) {
            if (c.received().isAfter(last) || (c.closed() != null && c.closed().isBefore(first))) {
                continue; // another year's case
            }
            int col = c.applicant().ordinal();
            if (c.received().isBefore(first)) {
                n[RequestRow.CARRIED_IN.ordinal()][col]++;
            } else {
                n[RequestRow.NEWLY_RECEIVED.ordinal()][col]++;
            }
            if (c.closed() != null && !c.closed().isAfter(last)) {
                n[c.outcome().row().ordinal()][col]++;
                n[RequestRow.HANDLED_TOTAL.ordinal()][col]++;
            } else {
                n[RequestRow.CARRIED_OUT.ordinal()][col]++;
            }
        }
        RequestTable.Builder table = RequestTable.builder();
        int total = ApplicantColumn.TOTAL.ordinal();
        for (RequestRow row : RequestRow.values()) {
            long sum = 0;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                if (column.ordinal() != total) {
                    long v = n[row.ordinal()][column.ordinal()];
                    sum += v;
                    table.set(row, column, Cell.of(v));
                }
            }
            table.set(row, ApplicantColumn.TOTAL, Cell.of(sum));
        }
        return table.build();
    }
}
