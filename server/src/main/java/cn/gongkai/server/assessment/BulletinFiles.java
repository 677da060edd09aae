package cn.gongkai.server.assessment;

import cn.gongkai.server.shared.ChinesePdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/** The bulletin as Word (POI) and PDF (the Chinese font embedded), the same text in both. */
@Component
class BulletinFiles {

    private final ChinesePdf pdf;

    BulletinFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    byte[] docx(Bulletin b) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, b.title(), "宋体", 18).setBold(true);
            paragraphs(doc, b.opening());
            XWPFTable table = doc.createTable(b.rows().size() + 1, b.header().size());
            fill(table.getRow(0), b.header(), true);
            for (int i = 0; i < b.rows().size(); i++) {
                fill(table.getRow(i + 1), b.rows().get(i), false);
            }
            paragraphs(doc, List.of("二、存在的问题"));
            paragraphs(doc, b.problems());
            paragraphs(doc, b.closing());
            for (String line : List.of(b.issuer(), b.date())) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.RIGHT);
                run(p, line, "仿宋", 14);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(Bulletin b) {
        StringBuilder html = new StringBuilder("""
                <html><head><meta charset="UTF-8"/><style>
                @page { size: A4 landscape; margin: 20mm; }
                body { font-family: cjk; font-size: 13pt; line-height: 1.7; }
                h1 { font-size: 18pt; text-align: center; }
                p { margin: 0; text-indent: 2em; }
                p.to { text-indent: 0; }
                p.sign { text-align: right; text-indent: 0; }
                table { border-collapse: collapse; margin: .5em 0; width: 100%; }
                th, td { border: 1px solid #000; padding: 2pt 4pt; font-size: 10.5pt; text-align: center; }
                </style></head><body>""");
        html.append("<h1>").append(escape(b.title())).append("</h1>");
        for (String line : b.opening()) {
            html.append(line.endsWith("：") ? "<p class=\"to\">" : "<p>").append(escape(line)).append("</p>");
        }
        html.append("<table><thead><tr>");
        b.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : b.rows()) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table><p>二、存在的问题</p>");
        for (String line : b.problems()) {
            html.append("<p>").append(escape(line)).append("</p>");
        }
        for (String line : b.closing()) {
            html.append("<p>").append(escape(line)).append("</p>");
        }
        html.append("<p class=\"sign\" style=\"margin-top:2em\">").append(escape(b.issuer())).append("</p><p class=\"sign\">")
                .append(escape(b.date())).append("</p></body></html>");
        return pdf.render(html.toString());
    }

    private static void paragraphs(XWPFDocument doc, List<String> lines) {
        for (String line : lines) {
            XWPFParagraph p = doc.createParagraph();
            if (!line.endsWith("：")) {
                p.setIndentationFirstLine(560);
            }
            run(p, line, "仿宋", 14);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = run(p, cells.get(i), "仿宋", 10);
            r.setBold(bold);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setText(text);
        return r;
    }

    private static String escape(String s) {
        return org.jsoup.nodes.Entities.escape(s);
    }
}
