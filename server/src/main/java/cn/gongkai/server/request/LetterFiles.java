package cn.gongkai.server.request;

import cn.gongkai.report.document.DocxDocument;
import cn.gongkai.report.document.HtmlDocument;
import cn.gongkai.report.document.PageSetup;
import cn.gongkai.server.shared.ChinesePdf;
import org.springframework.stereotype.Component;

/**
 * A letter as a Word file (DOCX, editable) and as a PDF with the Chinese faces embedded, both on the
 * shared document layer (A4, GB/T 9704 margins, body in 3号 = 16 pt). Only the layout is here: the
 * letter's text comes from its template. PDF needs a CJK TrueType font on the server (Debian
 * fonts-arphic-uming / fonts-wqy-*, or any file named by gongkai.letters.font-file); without one the PDF
 * is refused with that advice and the DOCX still works.
 */
@Component
public class LetterFiles {

    /** GB/T 9704 §7.3.3: 正文 3号 (16 pt); the title 2号 (22 pt). */
    private static final double BODY_PT = 16;
    private static final double TITLE_PT = 22;

    private final ChinesePdf pdf;

    LetterFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] docx(Letter letter, String organName) {
        DocxDocument doc = new DocxDocument(PageSetup.A4, BODY_PT).title(letter.title(), TITLE_PT);
        if (letter.number() != null) {
            doc.caption(letter.number()); // 发文字号, centred under the title (GB/T 9704 §7.2.4)
        }
        for (String line : letter.body().split("\n")) {
            doc.paragraph(line);
        }
        return doc.signature(organName, RequestService.chinese(letter.issuedOn())).bytes();
    }

    public byte[] pdf(Letter letter, String organName) {
        StringBuilder body = new StringBuilder("<h1>").append(HtmlDocument.esc(letter.title())).append("</h1>\n");
        if (letter.number() != null) {
            body.append(HtmlDocument.p("number", letter.number()));
        }
        for (String line : letter.body().split("\n")) {
            body.append(HtmlDocument.p(line.endsWith("：") ? "to" : "", line));
        }
        body.append(HtmlDocument.p("sign first", organName)).append(HtmlDocument.p("sign", RequestService.chinese(letter.issuedOn())));
        String style = HtmlDocument.printStyle(PageSetup.A4, BODY_PT) + "h1 { font-size: " + (int) TITLE_PT + "pt; margin-bottom: 1em; }\n"
                + "p.number { text-align: center; text-indent: 0; margin-bottom: 1em; }\n";
        try {
            return pdf.render(HtmlDocument.page(letter.title(), style, body.toString()));
        } catch (ChinesePdf.MissingFontException e) {
            throw new LetterException(e.getMessage());
        }
    }
}
