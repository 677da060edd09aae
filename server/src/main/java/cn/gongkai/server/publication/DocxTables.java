package cn.gongkai.server.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table as an HTML table: a cell spanning grid columns (gridSpan) gets {@code colspan}, cells
 * merged down (vMerge restart … continue) become one cell with {@code rowspan}; rows marked to repeat as
 * the header (tblHeader) become {@code th} cells. At most {@link #MAX_CELLS} cells per table.
 */
final class DocxTables {

    static final int MAX_CELLS = 20_000;

    private DocxTables() {
    }

    /** One cell of the HTML table before it is written. */
    private static final class Cell {
        final String content;
        final int colspan;
        final boolean header;
        int rowspan = 1;

        Cell(String content, int colspan, boolean header) {
            this.content = content;
            this.colspan = colspan;
            this.header = header;
        }
    }

    static String html(XWPFTable table, Function<List<XWPFParagraph>, String> cellText) {
        List<List<Cell>> rows = new ArrayList<>();
        Map<Integer, Cell> mergingDown = new HashMap<>(); // grid column → the cell a vMerge continues
        int count = 0;
        for (XWPFTableRow row : table.getRows()) {
            boolean header = row.getCtRow().getTrPr() != null && !row.getCtRow().getTrPr().getTblHeaderList().isEmpty();
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                if (++count > MAX_CELLS) {
                    throw new PublicationException("Word 文件中有表格超过 " + MAX_CELLS + " 个单元格，请拆分表格后再导入");
                }
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                boolean merged = pr != null && pr.getVMerge() != null;
                boolean restart = merged && pr.getVMerge().getVal() == STMerge.RESTART;
                if (merged && !restart && mergingDown.containsKey(column)) {
                    mergingDown.get(column).rowspan++;
                } else {
                    Cell out = new Cell(cellText.apply(cell.getParagraphs()), span, header);
                    cells.add(out);
                    if (restart) {
                        mergingDown.put(column, out);
                    } else {
                        mergingDown.remove(column);
                    }
                }
                column += span;
            }
            rows.add(cells);
        }
        return write(rows);
    }

    private static String write(List<List<Cell>> rows) {
        StringBuilder html = new StringBuilder("<table>\n<tbody>\n");
        for (List<Cell> row : rows) {
            html.append("<tr>");
            for (Cell c : row) {
                String tag = c.header ? "th" : "td";
                html.append('<').append(tag);
                if (c.header) {
                    html.append(" scope=\"col\"");
                }
                if (c.colspan > 1) {
                    html.append(" colspan=\"").append(c.colspan).append('"');
                }
                if (c.rowspan > 1) {
                    html.append(" rowspan=\"").append(c.rowspan).append('"');
                }
                html.append('>').append(c.content).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }
}
