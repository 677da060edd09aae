package cn.gongkai.report.document;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Tables and pages as HTML: the page a browser shows and the input of {@link PdfWriter}. Tables carry
 * their column widths as {@code <col width>} attributes (no inline styles: the site's CSP forbids them),
 * header rows in {@code <thead>} so the PDF repeats them on every page the table continues on.
 */
public final class HtmlDocument {

    private HtmlDocument() {
    }

    /**
     * Print style: the page, the body and heading faces, and tables whose header rows repeat on each
     * page ({@code -fs-table-paginate}) and whose rows never split across pages.
     */
    public static String printStyle(PageSetup page, double bodyPt) {
        return page.css() + "\n"
                + "body { font-family: " + DocumentFonts.BODY.cssFamily() + "; font-size: " + pt(bodyPt) + "; line-height: 1.6; }\n"
                + "h1, h2, h3, .heading { font-family: " + DocumentFonts.HEADING.cssFamily() + "; font-weight: normal; }\n"
                + "h1, h2 { text-align: center; } h1 { font-size: 20pt; margin: 0 0 .3em; } h2 { font-size: 16pt; margin: 0 0 1em; }\n"
                + "h3 { font-size: " + pt(bodyPt + 1) + "; margin: .8em 0 .4em; page-break-after: avoid; }\n"
                + "p { margin: 0 0 .3em; text-indent: 2em; } p.to { text-indent: 0; } p.signature, p.sign { text-align: right; text-indent: 0; }\n"
                + "p.caption { text-indent: 0; text-align: center; } p.first { margin-top: 2em; }\n"
                // Separate borders, each cell drawing only its right and bottom edge and the table its top and
                // left: openhtmltopdf drops the top and left edges of a header cell spanning rows under
                // border-collapse (表三's note cell printed open), and this draws every line once either way.
                + "table { border-collapse: separate; border-spacing: 0; border-top: 0.75pt solid #000;"
                + " border-left: 0.75pt solid #000; width: 100%; table-layout: fixed; margin: .5em 0;"
                + " -fs-table-paginate: paginate; -fs-page-break-min-height: 3em; }\n"
                + "thead { display: table-header-group; } tr { page-break-inside: avoid; }\n"
                + "th, td { border-right: 0.75pt solid #000; border-bottom: 0.75pt solid #000; padding: 1.5pt 2pt;"
                + " font-size: 9pt; text-align: center;"
                + " vertical-align: middle; word-wrap: break-word; }\n"
                + "th { font-weight: normal; } th.label, td.label { text-align: left; } td.unknown { background: #fff3cd; }\n";
    }

    /** A table: {@code <colgroup>} with the widths, header rows in {@code <thead>}, the rest in {@code <tbody>}. */
    public static String table(Table t, String cssClass) {
        StringBuilder sb = new StringBuilder("<table class=\"").append(esc(cssClass)).append("\">\n<colgroup>");
        for (int c = 0; c < t.columnCount(); c++) {
            sb.append("<col width=\"").append(String.format(Locale.ROOT, "%.2f%%", t.share(c) * 100)).append("\"/>");
        }
        sb.append("</colgroup>\n");
        if (t.headerRows() > 0) {
            sb.append("<thead>\n");
        }
        for (int r = 0; r < t.rowCount(); r++) {
            if (r == t.headerRows()) {
                sb.append(t.headerRows() > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            }
            sb.append("<tr>");
            for (Table.Cell cell : t.row(r)) {
                cell(sb, cell, r < t.headerRows());
            }
            sb.append("</tr>\n");
        }
        sb.append(t.rowCount() > t.headerRows() ? "</tbody>\n" : t.headerRows() > 0 ? "</thead>\n" : "");
        return sb.append("</table>\n").toString();
    }

    private static void cell(StringBuilder sb, Table.Cell cell, boolean inHeader) {
        String tag = cell.header() || cell.align() == Table.Align.LEFT ? "th" : "td";
        sb.append('<').append(tag);
        if (cell.columns() > 1) {
            sb.append(" colspan=\"").append(cell.columns()).append('"');
        }
        if (cell.rows() > 1) {
            sb.append(" rowspan=\"").append(cell.rows()).append('"');
        }
        if (!inHeader && tag.equals("th")) {
            sb.append(" scope=\"row\"");
        }
        if (cell.align() == Table.Align.LEFT) {
            sb.append(" class=\"label\"");
        } else if (cell.flagged()) {
            sb.append(" class=\"unknown\" title=\"空白或无法确定\"");
        }
        sb.append('>').append(esc(cell.text())).append("</").append(tag).append('>');
    }

    /** A whole page: title, style, body HTML. */
    public static String page(String title, String style, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" + esc(title)
                + "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** A paragraph; text is escaped. */
    public static String p(String cssClass, String text) {
        return (cssClass.isEmpty() ? "<p>" : "<p class=\"" + cssClass + "\">") + esc(text) + "</p>\n";
    }

    public static String esc(String s) {
        return Entities.escape(s);
    }

    private static String pt(double v) {
        return (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + "pt";
    }
}
