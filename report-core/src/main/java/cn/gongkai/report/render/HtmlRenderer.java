package cn.gongkai.report.render;

import cn.gongkai.report.document.HtmlDocument;
import cn.gongkai.report.document.PageSetup;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;

/**
 * A report as an HTML page, the tables laid out as in the national format ({@link NationalTables}:
 * merged header cells, the 表三 row groups merged down the left). Unknown cells show “—”. All text is
 * escaped. Parsing this page gives back the same model. {@link #printable} is the same page with the
 * print style of the shared document layer, the input of the PDF.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    /** The page for the screen. */
    public static String render(AnnualReport r) {
        return HtmlDocument.page(title(r), SCREEN_STYLE, "<main>\n" + body(r) + "</main>\n");
    }

    /** The page for print (A4, GB/T 9704 margins, embedded faces, header rows repeated on each page). */
    public static String printable(AnnualReport r) {
        return HtmlDocument.page(title(r), HtmlDocument.printStyle(PageSetup.A4, 12), body(r));
    }

    /** The three tables only, as an HTML fragment. */
    public static String tables(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        tables(sb, r);
        return sb.toString();
    }

    private static String title(AnnualReport r) {
        return (r.organ() == null ? "" : r.organ()) + (r.year() == null ? "" : r.year() + "年") + "政府信息公开工作年度报告";
    }

    private static String body(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>").append(esc(r.organ() == null ? "" : r.organ())).append("</h1>\n");
        sb.append("<h2>").append(r.year() == null ? "" : r.year() + "年").append("政府信息公开工作年度报告</h2>\n");
        prose(sb, r, Section.OVERVIEW);
        sb.append("<h3>").append(esc(Section.PROACTIVE.heading())).append("</h3>\n");
        tables(sb, r);
        prose(sb, r, Section.PROBLEMS);
        prose(sb, r, Section.OTHER_MATTERS);
        if (r.publishedOn() != null) {
            if (r.organ() != null) {
                sb.append("<p class=\"signature first\">").append(esc(r.organ())).append("</p>\n");
            }
            sb.append("<p class=\"signature\">").append(r.publishedOn().getYear()).append('年')
                    .append(r.publishedOn().getMonthValue()).append('月').append(r.publishedOn().getDayOfMonth())
                    .append("日</p>\n");
        }
        return sb.toString();
    }

    private static void tables(StringBuilder sb, AnnualReport r) {
        sb.append(HtmlDocument.table(NationalTables.proactive(r), "t2"));
        sb.append("<h3>").append(esc(Section.REQUESTS.heading())).append("</h3>\n");
        sb.append(HtmlDocument.table(NationalTables.requests(r), "t3"));
        sb.append("<h3>").append(esc(Section.REVIEWS.heading())).append("</h3>\n");
        sb.append(HtmlDocument.table(NationalTables.reviews(r), "t4"));
    }

    private static void prose(StringBuilder sb, AnnualReport r, Section s) {
        sb.append("<h3>").append(esc(s.heading())).append("</h3>\n");
        String text = r.sectionText(s);
        if (text != null && !text.isEmpty()) {
            for (String line : text.split("\n")) {
                sb.append("<p>").append(esc(line)).append("</p>\n");
            }
        }
    }

    private static String esc(String s) {
        return HtmlDocument.esc(s);
    }

    private static final String SCREEN_STYLE = """
            body{font-family:"SimSun","Songti SC","AR PL UMing CN","Noto Serif CJK SC",serif;line-height:1.8;margin:2em auto;max-width:60em;color:#111}
            h1,h2{text-align:center}table{border-collapse:collapse;margin:1em 0;width:100%;table-layout:fixed}
            th,td{border:1px solid #333;padding:.25em .4em;text-align:center;font-weight:normal}th.label{text-align:left}
            td.unknown{background:#fff3cd}.signature{text-align:right}.signature.first{margin-top:2em}
            """;
}
