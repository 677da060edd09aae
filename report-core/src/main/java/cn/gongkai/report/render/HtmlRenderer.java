package cn.gongkai.report.render;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.Section;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A standalone HTML page of a report with the tables laid out as in the national format: merged
 * header cells (rowspan/colspan), the 表三 row groups merged down the left. Unknown cells show
 * “—”. All text is escaped. Parsing this page gives back the same model.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static String render(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        String title = (r.organ() == null ? "" : r.organ()) + (r.year() == null ? "" : r.year() + "年") + "政府信息公开工作年度报告";
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        sb.append("<h1>").append(esc(r.organ() == null ? "" : r.organ())).append("</h1>\n");
        sb.append("<h2>").append(r.year() == null ? "" : r.year() + "年").append("政府信息公开工作年度报告</h2>\n");
        prose(sb, r, Section.OVERVIEW);
        sb.append("<h3>").append(esc(Section.PROACTIVE.heading())).append("</h3>\n");
        tables(sb, r);
        prose(sb, r, Section.PROBLEMS);
        prose(sb, r, Section.OTHER_MATTERS);
        if (r.publishedOn() != null) {
            if (r.organ() != null) {
                sb.append("<p class=\"signature\">").append(esc(r.organ())).append("</p>\n");
            }
            sb.append("<p class=\"signature\">").append(r.publishedOn().getYear()).append('年')
                    .append(r.publishedOn().getMonthValue()).append('月').append(r.publishedOn().getDayOfMonth())
                    .append("日</p>\n");
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** The three tables only, as an HTML fragment. */
    public static String tables(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        tables(sb, r);
        return sb.toString();
    }

    private static void tables(StringBuilder sb, AnnualReport r) {
        proactive(sb, r);
        sb.append("<h3>").append(esc(Section.REQUESTS.heading())).append("</h3>\n");
        requests(sb, r);
        sb.append("<h3>").append(esc(Section.REVIEWS.heading())).append("</h3>\n");
        reviews(sb, r);
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

    private static void proactive(StringBuilder sb, AnnualReport r) {
        var p = r.proactive();
        sb.append("<table class=\"t2\">\n");
        sb.append("<tr><th colspan=\"4\">第二十条第（一）项</th></tr>\n");
        sb.append("<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>\n");
        sb.append("<tr><td>规章</td>").append(td(p.rules().issued())).append(td(p.rules().repealed()))
                .append(td(p.rules().inForce())).append("</tr>\n");
        sb.append("<tr><td>行政规范性文件</td>").append(td(p.normativeDocuments().issued()))
                .append(td(p.normativeDocuments().repealed())).append(td(p.normativeDocuments().inForce())).append("</tr>\n");
        sb.append("<tr><th colspan=\"4\">第二十条第（五）项</th></tr>\n");
        sb.append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n");
        sb.append("<tr><td>行政许可</td><td colspan=\"3\">").append(TextRenderer.cell(p.licensing())).append("</td></tr>\n");
        sb.append("<tr><th colspan=\"4\">第二十条第（六）项</th></tr>\n");
        sb.append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n");
        sb.append("<tr><td>行政处罚</td><td colspan=\"3\">").append(TextRenderer.cell(p.penalty())).append("</td></tr>\n");
        sb.append("<tr><td>行政强制</td><td colspan=\"3\">").append(TextRenderer.cell(p.coerciveMeasure())).append("</td></tr>\n");
        sb.append("<tr><th colspan=\"4\">第二十条第（八）项</th></tr>\n");
        sb.append("<tr><th>信息内容</th><th colspan=\"3\">本年收费金额（单位：万元）</th></tr>\n");
        sb.append("<tr><td>行政事业性收费</td><td colspan=\"3\">").append(TextRenderer.money(p.administrativeFees()))
                .append("</td></tr>\n</table>\n");
    }

    private static void requests(StringBuilder sb, AnnualReport r) {
        sb.append("<table class=\"t3\">\n");
        sb.append("<tr><th colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>")
                .append("<th colspan=\"7\">申请人情况</th></tr>\n");
        sb.append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n<tr>");
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c != ApplicantColumn.NATURAL_PERSON && c != ApplicantColumn.TOTAL) {
                sb.append("<th>").append(c.label()).append("</th>");
            }
        }
        sb.append("</tr>\n");
        String group = null;
        for (RequestRow row : RequestRow.values()) {
            sb.append("<tr>");
            if (!row.isOutcome() && row != RequestRow.HANDLED_TOTAL) {
                sb.append("<th colspan=\"3\" scope=\"row\">").append(esc(row.label())).append("</th>");
            } else {
                if (row == RequestRow.GRANTED) {
                    sb.append("<th rowspan=\"22\">三、本年度办理结果</th>");
                }
                if (row.group() == null) {
                    sb.append("<th colspan=\"2\" scope=\"row\">").append(esc(row.label())).append("</th>");
                } else {
                    if (!row.group().equals(group)) {
                        long span = java.util.Arrays.stream(RequestRow.values()).filter(x -> row.group().equals(x.group())).count();
                        sb.append("<th rowspan=\"").append(span).append("\">").append(esc(row.group())).append("</th>");
                    }
                    sb.append("<th scope=\"row\">").append(esc(row.label())).append("</th>");
                }
            }
            group = row.group();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                sb.append(td(r.requests().get(row, c)));
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void reviews(StringBuilder sb, AnnualReport r) {
        sb.append("<table class=\"t4\">\n<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n");
        sb.append("<tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th rowspan=\"2\">其他结果</th>")
                .append("<th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th>")
                .append("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n<tr>");
        for (int g = 0; g < 2; g++) {
            for (String l : ReviewOutcomes.COLUMN_LABELS) {
                sb.append("<th>").append(l).append("</th>");
            }
        }
        sb.append("</tr>\n<tr>");
        for (ReviewOutcomes o : List.of(r.reviews().reconsideration(), r.reviews().litigationDirect(),
                r.reviews().litigationAfterReconsideration())) {
            for (Cell c : o.cells()) {
                sb.append(td(c));
            }
        }
        sb.append("</tr>\n</table>\n");
    }

    private static String td(Cell c) {
        return c.known() ? "<td>" + c.value() + "</td>" : "<td class=\"unknown\" title=\"空白或无法确定\">—</td>";
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }

    private static final String STYLE = """
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;line-height:1.8;margin:2em auto;max-width:60em;color:#111}
            h1,h2{text-align:center}table{border-collapse:collapse;margin:1em 0;width:100%}
            th,td{border:1px solid #333;padding:.25em .4em;text-align:center}td.unknown{background:#fff3cd}
            .signature{text-align:right}
            """;
}
