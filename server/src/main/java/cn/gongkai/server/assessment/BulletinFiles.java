package cn.gongkai.server.assessment;

import cn.gongkai.report.document.DocxDocument;
import cn.gongkai.report.document.HtmlDocument;
import cn.gongkai.report.document.PageSetup;
import cn.gongkai.report.document.Table;
import cn.gongkai.server.shared.ChinesePdf;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The bulletin as Word and PDF on the shared document layer: A4 landscape (the ranking table is wide),
 * the same text and the same table grid in both, its header row repeated on every page.
 */
@Component
class BulletinFiles {

    private static final double BODY_PT = 14;
    private static final double TABLE_PT = 10;

    private final ChinesePdf pdf;

    BulletinFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    byte[] docx(Bulletin b) {
        DocxDocument doc = new DocxDocument(PageSetup.A4_LANDSCAPE, BODY_PT).title(b.title(), 18);
        b.opening().forEach(doc::paragraph);
        doc.table(table(b), TABLE_PT);
        doc.paragraph("二、存在的问题");
        b.problems().forEach(doc::paragraph);
        b.closing().forEach(doc::paragraph);
        return doc.signature(b.issuer(), b.date()).bytes();
    }

    byte[] pdf(Bulletin b) {
        StringBuilder body = new StringBuilder("<h1>").append(HtmlDocument.esc(b.title())).append("</h1>\n");
        for (String line : b.opening()) {
            body.append(HtmlDocument.p(line.endsWith("：") ? "to" : "", line));
        }
        body.append(HtmlDocument.table(table(b), "ranking")).append(HtmlDocument.p("", "二、存在的问题"));
        b.problems().forEach(line -> body.append(HtmlDocument.p("", line)));
        b.closing().forEach(line -> body.append(HtmlDocument.p("", line)));
        body.append(HtmlDocument.p("sign first", b.issuer())).append(HtmlDocument.p("sign", b.date()));
        String style = HtmlDocument.printStyle(PageSetup.A4_LANDSCAPE, BODY_PT) + "h1 { font-size: 18pt; }\n"
                + "table.ranking th, table.ranking td { font-size: " + (int) TABLE_PT + "pt; }\n";
        return pdf.render(HtmlDocument.page(b.title(), style, body.toString()));
    }

    /** 排名 and 得分 narrow, the organ's name wide, the criteria columns alike. */
    private static Table table(Bulletin b) {
        double[] widths = new double[b.header().size()];
        Arrays.fill(widths, 1.2);
        widths[0] = 0.8;
        widths[1] = 3;
        widths[2] = 1;
        Table.Builder t = Table.columns(widths).header();
        b.header().forEach(t::th);
        for (List<String> row : b.rows()) {
            t.row();
            for (int i = 0; i < row.size(); i++) {
                if (i == 1) {
                    t.label(row.get(i), 1, 1);
                } else {
                    t.td(row.get(i));
                }
            }
        }
        return t.build();
    }
}
