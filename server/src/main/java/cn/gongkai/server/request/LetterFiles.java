package cn.gongkai.server.request;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A letter as a Word file (DOCX, editable) and as a PDF with a Chinese TrueType font embedded, so it
 * prints the same everywhere. PDF needs a CJK TrueType font on the server (fonts-wqy-microhei, or any
 * file named by gongkai.letters.font-file); without one the PDF is refused with that advice and the
 * DOCX still works.
 */
@Component
public class LetterFiles {

    static final List<String> FONT_CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
            "/usr/share/fonts/truetype/lxgw/LXGWWenKai-Regular.ttf");

    private final @Nullable String configuredFont;

    LetterFiles(@Value("${gongkai.letters.font-file:}") @Nullable String configuredFont) {
        this.configuredFont = configuredFont == null || configuredFont.isBlank() ? null : configuredFont;
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
            for (String line : new String[] {organName, letter.issuedOn().getYear() + "年" + letter.issuedOn().getMonthValue()
                    + "月" + letter.issuedOn().getDayOfMonth() + "日"}) {
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
        Path fontFile = font();
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
                .append("<p class=\"sign\">").append(letter.issuedOn().getYear()).append("年")
                .append(letter.issuedOn().getMonthValue()).append("月").append(letter.issuedOn().getDayOfMonth())
                .append("日</p></body></html>");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont ttf = loadFont(fontFile);
            try {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.usePDDocument(doc);
                builder.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), "cjk");
                builder.withHtmlContent(html.toString(), null);
                builder.toStream(out);
                builder.run();
            } finally {
                ttf.close();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first font of a collection (.ttc), or the font of a .ttf. */
    private static TrueTypeFont loadFont(Path file) throws IOException {
        if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(f -> first.compareAndSet(null, f));
            if (first.get() == null) {
                throw new LetterException("字体文件 " + file + " 中没有字体");
            }
            return first.get();
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }

    Path font() {
        if (configuredFont != null) {
            Path p = Path.of(configuredFont);
            if (!Files.isReadable(p)) {
                throw new LetterException("gongkai.letters.font-file 指定的字体文件不存在或不可读：" + p);
            }
            return p;
        }
        for (String candidate : FONT_CANDIDATES) {
            Path p = Path.of(candidate);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        throw new LetterException("无法生成 PDF：服务器上没有可嵌入的中文 TrueType 字体。请安装 fonts-wqy-microhei"
                + "（Debian/Ubuntu：apt-get install fonts-wqy-microhei），或用 gongkai.letters.font-file 指定字体文件。"
                + "Word 版不受影响，可先下载 Word 版。");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
