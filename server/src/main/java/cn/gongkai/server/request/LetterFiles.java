package cn.gongkai.server.request;

import cn.gongkai.server.shared.ChinesePdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/**
 * A letter as a Word file (DOCX, editable) and as a PDF with a Chinese TrueType font embedded, so it
 * prints the same everywhere. PDF needs a CJK TrueType font on the server (fonts-wqy-microhei, or any
 * file named by gongkai.letters.font-file); without one the PDF is refused with that advice and the
 * DOCX still works.
 */
@Component
public class LetterFiles {

    private final ChinesePdf pdf;

    LetterFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] docx(Letter letter, String organName) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setFontFamily("宋体");
            t.setText(letter.title());
            for (String line : letter.body().split("\n")) {
                XWPFParagraph p = doc.createParagraph();
                if (!line.endsWith("：")) {
                    p.setIndentationFirstLine(560);
                }
                XWPFRun r = p.createRun();
                r.setFontFamily("仿宋");
                r.setFontSize(14);
                r.setText(line);
            }
            for (String line : new String[] {organName, RequestService.chinese(letter.issuedOn())}) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.RIGHT);
                XWPFRun r = p.createRun();
                r.setFontFamily("仿宋");
                r.setFontSize(14);
                r.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(Letter letter, String organName) {
        StringBuilder html = new StringBuilder("""
                <html><head><meta charset="UTF-8"/><style>
                @page { size: A4; margin: 25mm 25mm 25mm 28mm; }
                body { font-family: cjk; font-size: 15pt; line-height: 1.8; }
                h1 { font-size: 20pt; text-align: center; margin-bottom: 1em; }
                p { margin: 0; text-indent: 2em; }
                p.to { text-indent: 0; }
                p.sign { text-align: right; text-indent: 0; }
                </style></head><body>""");
        html.append("<h1>").append(escape(letter.title())).append("</h1>");
        for (String line : letter.body().split("\n")) {
            html.append(line.endsWith("：") ? "<p class=\"to\">" : "<p>").append(escape(line)).append("</p>");
        }
        html.append("<p class=\"sign\" style=\"margin-top:2em\">").append(escape(organName)).append("</p>")
                .append("<p class=\"sign\">").append(RequestService.chinese(letter.issuedOn())).append("</p></body></html>");
        try {
            return pdf.render(html.toString());
        } catch (ChinesePdf.MissingFontException e) {
            throw new LetterException(e.getMessage());
        }
    }

    private static String escape(String s) {
        return org.jsoup.nodes.Entities.escape(s);
    }
}
