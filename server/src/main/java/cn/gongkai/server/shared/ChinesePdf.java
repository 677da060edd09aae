package cn.gongkai.server.shared;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HTML to PDF with a Chinese TrueType font embedded (font family {@value #FAMILY}), so the PDF prints the
 * same everywhere. The font is the file named by gongkai.letters.font-file, or the first of the usual
 * Debian fonts found; without one, a {@link MissingFontException} says how to install one.
 */
@Component
public class ChinesePdf {

    public static final String FAMILY = "cjk";
    public static final List<String> FONT_CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
            "/usr/share/fonts/truetype/lxgw/LXGWWenKai-Regular.ttf");

    /** Whether one of the usual Debian CJK TrueType fonts is installed (the tests skip PDF checks without one). */
    public static boolean knownFontInstalled() {
        return FONT_CANDIDATES.stream().anyMatch(f -> Files.isReadable(Path.of(f)));
    }

    /** No usable font; the message says what to install or configure. */
    public static class MissingFontException extends RuntimeException {
        public MissingFontException(String message) {
            super(message);
        }
    }

    private final @Nullable String configuredFont;

    public ChinesePdf(@Value("${gongkai.letters.font-file:}") @Nullable String configuredFont) {
        this.configuredFont = configuredFont == null || configuredFont.isBlank() ? null : configuredFont;
    }

    /** Any HTML (parsed leniently); {@code body} should use font-family {@value #FAMILY}. */
    public byte[] render(String html) {
        Path fontFile = font();
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont ttf = load(fontFile);
            try {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.usePDDocument(doc);
                builder.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), FAMILY);
                builder.withW3cDocument(dom, null);
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
    private static TrueTypeFont load(Path file) throws IOException {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(f -> first.compareAndSet(null, f));
            if (first.get() == null) {
                throw new MissingFontException("字体文件 " + file + " 中没有字体");
            }
            return first.get();
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }

    public Path font() {
        if (configuredFont != null) {
            Path p = Path.of(configuredFont);
            if (!Files.isReadable(p)) {
                throw new MissingFontException("gongkai.letters.font-file 指定的字体文件不存在或不可读：" + p);
            }
            return p;
        }
        for (String candidate : FONT_CANDIDATES) {
            Path p = Path.of(candidate);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        throw new MissingFontException("无法生成 PDF：服务器上没有可嵌入的中文 TrueType 字体。请安装 fonts-wqy-microhei"
                + "（Debian/Ubuntu：apt-get install fonts-wqy-microhei），或用 gongkai.letters.font-file 指定字体文件。"
                + "Word 版不受影响，可先下载 Word 版。");
    }
}
