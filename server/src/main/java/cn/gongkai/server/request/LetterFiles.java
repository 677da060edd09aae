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
 *
 * <p>Layout after GB/T 9704-2012: A4, 版心 156 mm × 225 mm (天头 37 mm, 订口 28 mm, so margins 37/26/35/28 mm),
 * title in 2号 (22 pt) 小标宋 centred, body in 3号 (16 pt) 仿宋 with two characters' indent, the letter
 * number under the title, and the issuing organ with the date at the right, where the seal is pressed
 * over the date (成文日期 右空四字). Where 方正小标宋/仿宋_GB2312 are not installed, Word falls back to the
 * serif CJK face Debian packages (fonts-noto-cjk: Noto Serif CJK SC).
 */
@Component
public class LetterFiles {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";

    private final ChinesePdf pdf;

    LetterFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] docx(Letter letter, String organName) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var margins = doc.getDocument().getBody().addNewSectPr().addNewPgMar();
            // twentieths of a point: 1 mm = 56.7
            margins.setTop(java.math.BigInteger.valueOf(2098));
            margins.setBottom(java.math.BigInteger.valueOf(1984));
            margins.setLeft(java.math.BigInteger.valueOf(1587));
            margins.setRight(java.math.BigInteger.valueOf(1474));
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setFontSize(22);
            t.setFontFamily(TITLE_FONT);
            t.setText(letter.title());
            if (letter.number() != null) {
                XWPFParagraph n = doc.createParagraph();
                n.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun nr = n.createRun();
                nr.setFontFamily(BODY_FONT);
                nr.setFontSize(16);
                nr.setText(letter.number());
            }
            for (String line : letter.body().split("\n")) {
                XWPFParagraph p = doc.createParagraph();
                if (!line.endsWith("：")) {
                    p.setIndentationFirstLine(560);
                }
                XWPFRun r = p.createRun();
                r.setFontFamily(BODY_FONT);
                r.setFontSize(16);
                r.setText(line);
            }
            for (String line : new String[] {organName, RequestService.chinese(letter.issuedOn())}) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setIndentationRight(1280); // 右空四字 (4 × 16 pt)
                p.setSpacingBefore(line.equals(organName) ? 960 : 0); // room for the seal
                XWPFRun r = p.createRun();
                r.setFontFamily(BODY_FONT);
                r.setFontSize(16);
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
                @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
                body { font-family: cjk; font-size: 16pt; line-height: 28.9pt; }
                h1 { font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 0.5em 0; }
                p { margin: 0; text-indent: 2em; }
                p.to, p.number { text-indent: 0; }
                p.number { text-align: center; margin-bottom: 1em; }
                p.sign { text-align: right; text-indent: 0; padding-right: 4em; }
                p.seal { margin-top: 3em; }
                </style></head><body>""");
        html.append("<h1>").append(escape(letter.title())).append("</h1>");
        if (letter.number() != null) {
            html.append("<p class=\"number\">").append(escape(letter.number())).append("</p>");
        }
        for (String line : letter.body().split("\n")) {
            html.append(line.endsWith("：") ? "<p class=\"to\">" : "<p>").append(escape(line)).append("</p>");
        }
        html.append("<p class=\"sign seal\">").append(escape(organName)).append("</p>")
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
