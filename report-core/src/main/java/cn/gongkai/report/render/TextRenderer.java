package cn.gongkai.report.render;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.Section;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Canonical Markdown/plain text of a report in the national layout: headings, then tables as
 * tab-separated rows. An unknown cell is written “—”, which the parser reads back as a blank cell,
 * so parsing this output gives back the same model.
 */
public final class TextRenderer {

    public static final String UNKNOWN = "—";

    private TextRenderer() {
    }

    public static String render(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(r.organ() == null ? "" : r.organ()).append('\n').append('\n');
        sb.append("## ").append(r.year() == null ? "" : r.year() + "年").append("政府信息公开工作年度报告\n\n");
        section(sb, r, Section.OVERVIEW);
        sb.append("### ").append(Section.PROACTIVE.heading()).append("\n\n");
        tables(sb, r);
        section(sb, r, Section.PROBLEMS);
        section(sb, r, Section.OTHER_MATTERS);
        // The signature block (落款) is the organ and the date; without a date there is none.
        if (r.publishedOn() != null) {
            if (r.organ() != null) {
                sb.append(r.organ()).append('\n');
            }
            sb.append(r.publishedOn().getYear()).append('年').append(r.publishedOn().getMonthValue()).append('月')
                    .append(r.publishedOn().getDayOfMonth()).append("日\n");
        }
        return sb.toString();
    }

    /** Only the three tables (sections 二 to 四 without prose), as the CLI shows what it recovered. */
    public static String tablesOnly(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        tables(sb, r);
        return sb.toString();
    }

    private static void tables(StringBuilder sb, AnnualReport r) {
        proactive(sb, r);
        sb.append("### ").append(Section.REQUESTS.heading()).append("\n\n");
        requests(sb, r);
        sb.append("### ").append(Section.REVIEWS.heading()).append("\n\n");
        reviews(sb, r);
    }

    private static void section(StringBuilder sb, AnnualReport r, Section s) {
        sb.append("### ").append(s.heading()).append("\n\n");
        String text = r.sectionText(s);
        if (text != null && !text.isEmpty()) {
            for (String line : text.split("\n")) {
                sb.append(line).append("\n\n");
            }
        }
    }

    private static void proactive(StringBuilder sb, AnnualReport r) {
        var p = r.proactive();
        sb.append("第二十条第（一）项\n");
        row(sb, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        documents(sb, "规章", p.rules());
        documents(sb, "行政规范性文件", p.normativeDocuments());
        sb.append("第二十条第（五）项\n");
        row(sb, "信息内容", "本年处理决定数量");
        row(sb, "行政许可", cell(p.licensing()));
        sb.append("第二十条第（六）项\n");
        row(sb, "信息内容", "本年处理决定数量");
        row(sb, "行政处罚", cell(p.penalty()));
        row(sb, "行政强制", cell(p.coerciveMeasure()));
        sb.append("第二十条第（八）项\n");
        row(sb, "信息内容", "本年收费金额（单位：万元）");
        row(sb, "行政事业性收费", money(p.administrativeFees()));
        sb.append('\n');
    }

    private static void requests(StringBuilder sb, AnnualReport r) {
        sb.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n");
        StringBuilder header = new StringBuilder("\t");
        for (ApplicantColumn c : ApplicantColumn.values()) {
            header.append('\t').append(c.label());
        }
        sb.append("\t\t\t法人或其他组织\n").append(header).append('\n');
        String group = null;
        for (RequestRow row : RequestRow.values()) {
            StringBuilder line = new StringBuilder();
            if (row == RequestRow.GRANTED) {
                line.append("三、本年度办理结果\t");
            } else if (row.isOutcome() || row == RequestRow.HANDLED_TOTAL) {
                line.append('\t');
            }
            if (row.group() != null && !row.group().equals(group)) {
                line.append(row.group()).append('\t');
            } else if (row.group() != null) {
                line.append('\t');
            }
            group = row.group();
            line.append(row.label());
            for (ApplicantColumn c : ApplicantColumn.values()) {
                line.append('\t').append(cell(r.requests().get(row, c)));
            }
            sb.append(line).append('\n');
        }
        sb.append('\n');
    }

    private static void reviews(StringBuilder sb, AnnualReport r) {
        sb.append("行政复议\t\t\t\t\t行政诉讼\n");
        sb.append("\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n");
        StringBuilder labels = new StringBuilder();
        for (int g = 0; g < 3; g++) {
            for (String l : ReviewOutcomes.COLUMN_LABELS) {
                labels.append(labels.isEmpty() ? "" : "\t").append(l);
            }
        }
        sb.append(labels).append('\n');
        StringBuilder values = new StringBuilder();
        for (ReviewOutcomes o : List.of(r.reviews().reconsideration(), r.reviews().litigationDirect(),
                r.reviews().litigationAfterReconsideration())) {
            for (Cell c : o.cells()) {
                values.append(values.isEmpty() ? "" : "\t").append(cell(c));
            }
        }
        sb.append(values).append("\n\n");
    }

    private static void documents(StringBuilder sb, String label, DocumentCounts d) {
        row(sb, label, cell(d.issued()), cell(d.repealed()), cell(d.inForce()));
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append(String.join("\t", cells)).append('\n');
    }

    static String cell(Cell c) {
        return c.known() ? Long.toString(c.value()) : UNKNOWN;
    }

    static String money(@Nullable BigDecimal m) {
        return m == null ? UNKNOWN : m.toPlainString();
    }
}
