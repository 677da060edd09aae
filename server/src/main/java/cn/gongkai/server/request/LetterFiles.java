package cn.gongkai.server.request;

import cn.gongkai.report.document.DocumentFonts;
import cn.gongkai.report.document.DocxDocument;
import cn.gongkai.report.document.HtmlDocument;
import cn.gongkai.report.document.PageSetup;
import cn.gongkai.server.shared.ChinesePdf;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A letter as a Word file (DOCX, editable) and as a PDF with the Chinese faces embedded, both on the
 * shared document layer, laid out after GB/T 9704-2012: A4 with the 版心 margins (天头 37 mm, 订口 28 mm),
 * title 2号 (22 pt) centred in the serif face (Debian's AR PL UMing, the free face nearest 小标宋; Word
 * shows 宋体 where it is missing), 发文字号 centred under it, body 3号 (16 pt) indented two characters,
 * the addressee at the margin; 成文日期右空四字 and the organ's name centred over the date, with room
 * above for the seal (§7.3.5.1). Only the layout is here: the text comes from the letter's template.
 * PDF needs a CJK TrueType font (fonts-arphic-uming, or gongkai.letters.font-file); without one the PDF
 * is refused with that advice and the DOCX still works.
 */
@Component
public class LetterFiles {

    /** GB/T 9704 §7.3.3: 正文 3号 (16 pt); the title 2号 (22 pt). */
    private static final double BODY_PT = 16;
    private static final double TITLE_PT = 22;
    /** §7.3.5.1: the date ends four characters inside the right margin. */
    static final double DATE_RIGHT_CHARS = 4;
    /** Lines of space between the text and the signature, for the seal pressed over name and date. */
    private static final double SEAL_LINES = 3;
    /** §5.2.2: 22 lines in the 225 mm 版心 (225 / 22 mm = 28.95 pt). */
    static final double LINE_PT = 28.95;

    private final ChinesePdf pdf;

    LetterFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] docx(Letter letter, String organName) {
        DocxDocument doc = new DocxDocument(PageSetup.A4, BODY_PT).exactLines(LINE_PT)
                .title(letter.title(), TITLE_PT, DocumentFonts.BODY);
        if (letter.number() != null) {
            doc.caption(letter.number()); // 发文字号, centred under the title (GB/T 9704 §7.2.4)
        }
        doc.blankLine();
        String[] lines = letter.body().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i == 0 && lines[0].endsWith("：")) {
                doc.addressee(lines[0]);
            } else {
                doc.indented(lines[i]);
            }
        }
        String date = RequestService.chinese(letter.issuedOn());
        return doc.rightLine(organName, organRightChars(organName, date), SEAL_LINES)
                .rightLine(date, DATE_RIGHT_CHARS, 0).bytes();
    }

    public byte[] pdf(Letter letter, String organName) {
        StringBuilder body = new StringBuilder("<h1>").append(HtmlDocument.esc(letter.title())).append("</h1>\n");
        if (letter.number() != null) {
            body.append(HtmlDocument.p("number", letter.number()));
        }
        String[] lines = letter.body().split("\n");
        for (int i = 0; i < lines.length; i++) {
            body.append(HtmlDocument.p(i == 0 && lines[0].endsWith("：") ? "to" : "", lines[i]));
        }
        String date = RequestService.chinese(letter.issuedOn());
        body.append("<p class=\"sign first\" style=\"padding-right: ").append(em(organRightChars(organName, date))).append("\">")
                .append(HtmlDocument.esc(organName)).append("</p>\n")
                .append("<p class=\"sign\" style=\"padding-right: ").append(em(DATE_RIGHT_CHARS)).append("\">")
                .append(HtmlDocument.esc(date)).append("</p>\n");
        // body's default 8 px margin would move the 版心 2 mm inwards; the title in the serif face.
        String line = String.format(Locale.ROOT, "%.2fpt", LINE_PT);
        String style = HtmlDocument.printStyle(PageSetup.A4, BODY_PT) + "body { margin: 0; line-height: " + line + "; }\n"
                + "p { margin: 0; }\n"
                + "h1 { font-family: " + DocumentFonts.BODY.cssFamily() + "; font-size: " + (int) TITLE_PT + "pt; margin: 0; line-height: "
                + line + "; }\n"
                + "p.number { text-align: center; text-indent: 0; margin-bottom: " + line + "; }\n"
                + "p.sign.first { margin-top: " + String.format(Locale.ROOT, "%.2fpt", SEAL_LINES * LINE_PT) + "; }\n";
        try {
            return pdf.render(HtmlDocument.page(letter.title(), style, body.toString()));
        } catch (ChinesePdf.MissingFontException e) {
            throw new LetterException(e.getMessage());
        }
    }

    /**
     * How far inside the right margin the organ's name ends so that it is centred over the date, in body
     * characters: 4 + (date width − name width) / 2, never negative (a long name then ends at the margin).
     */
    static double organRightChars(String organ, String date) {
        return Math.max(0, DATE_RIGHT_CHARS + (width(date) - width(organ)) / 2);
    }

    /** Width in body characters: a Han character or full-width mark 1, an ASCII character (a digit) ½. */
    static double width(String s) {
        return s.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum();
    }

    private static String em(double v) {
        return String.format(Locale.ROOT, "%.2fem", v);
    }
}
