package cn.gongkai.report.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which header cells a data cell of a {@link Table} belongs to, for the {@code headers}/{@code id}
 * attributes of HTML tables (WCAG 1.3.1, technique H43): the national tables have multi-level headers
 * (表三's 申请人情况 over 法人或其他组织 over 商业企业; 表四's 行政诉讼 over 复议后起诉 over 纠正; 表三's
 * 三、本年度办理结果 over a group over a row label), which {@code scope} alone cannot express to a screen
 * reader. A data cell's column headers are the header cells above it in its columns, from the nearest
 * block of header rows up (表二 repeats its column headers under each 第二十条 caption, and the rows
 * between two blocks are data); its row headers are the header and label cells left of it in its row,
 * including those spanning down from rows above.
 */
final class TableHeaders {

    private final Table table;
    private final String prefix;

    TableHeaders(Table table, String prefix) {
        this.table = table;
        this.prefix = prefix;
    }

    /** Rendered as {@code <th>}: header cells and left-aligned row labels. */
    static boolean isHeader(Table.Cell cell) {
        return cell.header() || cell.align() == Table.Align.LEFT;
    }

    /** The id of the header cell placed at ({@code row}, {@code column}): unique in the page when the prefix is. */
    String id(int row, int column) {
        return prefix + "-h" + row + "-" + column;
    }

    /** The ids of the headers of the data cell placed at ({@code row}, {@code column}), column headers first. */
    List<String> of(int row, int column) {
        Table.Placed self = table.at(row, column);
        Set<Table.Placed> found = new LinkedHashSet<>();
        for (int c = column; c < column + self.cell().columns(); c++) {
            boolean collecting = false;
            for (int r = row - 1; r >= 0; r--) {
                Table.Placed above = table.at(r, c);
                if (above.equals(self)) {
                    continue;
                }
                if (isHeader(above.cell())) {
                    collecting = true;
                    found.add(above);
                } else if (collecting) {
                    break; // the data rows above the nearest header block belong to other headers
                }
            }
        }
        for (int c = 0; c < column; c++) {
            Table.Placed left = table.at(row, c);
            if (isHeader(left.cell())) {
                found.add(left);
            }
        }
        List<String> ids = new ArrayList<>();
        for (Table.Placed p : found) {
            ids.add(id(p.row(), p.column()));
        }
        return ids;
    }

    /**
     * {@code scope} of a header cell, for readers that ignore {@code headers}: a header in a row without
     * data heads columns, one beside data heads its row (or rows, when it spans down).
     */
    String scope(int row, int column) {
        Table.Cell cell = table.at(row, column).cell();
        boolean rowHasData = false;
        for (int c = 0; c < table.columnCount(); c++) {
            rowHasData |= !isHeader(table.at(row, c).cell());
        }
        if (row >= table.headerRows() && rowHasData) {
            return cell.rows() > 1 ? "rowgroup" : "row";
        }
        return cell.columns() > 1 ? "colgroup" : "col";
    }
}
