package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the result page shows of one checked file: the recovered tables as cells, each diagnostic
 * marked on the cell (or row label, or column header) its location names, and the list of
 * diagnostics. Built once per file; the template only reads it.
 */
final class ReportView {

    /** A labelled row of cells. */
    record RowView(String id, String group, String label, CellView labelCell, List<CellView> cells) {
    }

    private final String fileName;
    private final UUID id;
    private final AnnualReport report;
    private final CheckResult result;
    private final Map<String, RowView> proactive = new LinkedHashMap<>();
    private final Map<String, RowView> requests = new LinkedHashMap<>();
    private final Map<String, CellView> requestHeaders = new LinkedHashMap<>();
    private final Map<String, CellView> reviews = new LinkedHashMap<>();
    private final List<DiagnosticView> diagnostics = new ArrayList<>();
    private final List<DiagnosticView> unplaced = new ArrayList<>();

    ReportView(CheckedFile file) {
        this.fileName = file.fileName();
        this.id = file.id();
        this.result = file.result();
        this.report = file.result().report();
        buildProactive();
        buildRequests();
        buildReviews();
        int ref = 1;
        for (Diagnostic d : result.diagnostics()) {
            DiagnosticView view = DiagnosticView.of(ref, d);
            diagnostics.add(view);
            if (!place(ref, d)) {
                unplaced.add(view);
            }
            ref++;
        }
    }

    private void buildProactive() {
        var p = report.proactive();
        documents("rules", "规章", p.rules());
        documents("normativeDocuments", "行政规范性文件", p.normativeDocuments());
        proactive.put("licensing", row("licensing", null, "行政许可", List.of(cell(p.licensing()))));
        proactive.put("penalty", row("penalty", null, "行政处罚", List.of(cell(p.penalty()))));
        proactive.put("coerciveMeasure", row("coerciveMeasure", null, "行政强制", List.of(cell(p.coerciveMeasure()))));
        CellView fee = p.administrativeFees() == null ? new CellView("—", true)
                : new CellView(p.administrativeFees().toPlainString(), false);
        proactive.put("administrativeFees", row("administrativeFees", null, "行政事业性收费", List.of(fee)));
    }

    private void documents(String id, String label, DocumentCounts d) {
        proactive.put(id, row(id, null, label, List.of(cell(d.issued()), cell(d.repealed()), cell(d.inForce()))));
    }

    private void buildRequests() {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            requestHeaders.put(c.id(), new CellView(c.label(), false));
        }
        for (RequestRow r : RequestRow.values()) {
            List<CellView> cells = new ArrayList<>();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cells.add(cell(report.requests().get(r, c)));
            }
            requests.put(r.id(), row(r.id(), r.group(), r.label(), cells));
        }
    }

    private void buildReviews() {
        for (ReviewGroup g : ReviewGroup.values()) {
            List<Cell> cells = report.reviews().group(g).cells();
            for (int i = 0; i < 5; i++) {
                reviews.put(g.id() + "." + ReviewOutcomes.COLUMN_IDS.get(i), cell(cells.get(i)));
            }
        }
    }

    /** Marks a diagnostic where its location points; false when it points at no table element. */
    private boolean place(int ref, Diagnostic d) {
        Location l = d.location();
        if (l.table() == null) {
            return false;
        }
        String sev = d.severity().id();
        switch (l.table()) {
            case "二" -> {
                RowView row = l.row() == null ? null : proactive.get(l.row());
                if (row == null) {
                    return false;
                }
                row.labelCell().mark(ref, sev, d.message());
                return true;
            }
            case "三" -> {
                RowView row = l.row() == null ? null : requests.get(l.row());
                int column = columnIndex(l.column());
                if (row != null && column >= 0) {
                    row.cells().get(column).mark(ref, sev, d.message());
                } else if (row != null) {
                    row.labelCell().mark(ref, sev, d.message());
                } else if (column >= 0) {
                    requestHeaders.get(l.column()).mark(ref, sev, d.message());
                } else {
                    return false;
                }
                return true;
            }
            case "四" -> {
                String key = l.row() == null ? null : l.row() + "." + (l.column() == null ? "total" : l.column());
                CellView cell = key == null ? null : reviews.get(key);
                if (cell == null && l.column() != null) {
                    cell = reviews.get(l.column());
                }
                if (cell == null) {
                    return false;
                }
                cell.mark(ref, sev, d.message());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static int columnIndex(String columnId) {
        if (columnId == null) {
            return -1;
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.id().equals(columnId)) {
                return c.ordinal();
            }
        }
        return -1;
    }

    private static RowView row(String id, String group, String label, List<CellView> cells) {
        return new RowView(id, group, label, new CellView(label, false), cells);
    }

    private static CellView cell(Cell c) {
        return c.known() ? new CellView(Long.toString(c.value()), false) : new CellView("—", true);
    }

    public String getFileName() {
        return fileName;
    }

    public UUID getId() {
        return id;
    }

    public AnnualReport getReport() {
        return report;
    }

    public boolean isUnreadable() {
        return result.unreadable();
    }

    public long getErrors() {
        return result.errors();
    }

    public long getWarnings() {
        return result.warnings();
    }

    public long getInfos() {
        return result.diagnostics().size() - result.errors() - result.warnings();
    }

    public Map<String, RowView> getProactive() {
        return proactive;
    }

    public List<RowView> getRequests() {
        return List.copyOf(requests.values());
    }

    public Map<String, CellView> getRequestHeaders() {
        return requestHeaders;
    }

    public Map<String, CellView> getReviews() {
        return reviews;
    }

    public List<DiagnosticView> getDiagnostics() {
        return diagnostics;
    }

    /** Diagnostics not tied to a table cell (sections, dates, wording), listed above the tables. */
    public List<DiagnosticView> getUnplaced() {
        return unplaced;
    }

    /** How many rows the group of a 表三 row spans, for rowspan; 0 when this row is not its group's first. */
    public int groupSpan(RowView row) {
        if (row.group() == null) {
            return 0;
        }
        List<RowView> all = getRequests();
        int index = all.indexOf(row);
        if (index > 0 && row.group().equals(all.get(index - 1).group())) {
            return 0;
        }
        int span = 0;
        for (RowView r : all) {
            if (row.group().equals(r.group())) {
                span++;
            }
        }
        return span;
    }
}
