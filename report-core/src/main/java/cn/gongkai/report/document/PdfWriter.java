package cn.gongkai.report.document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML (from {@link HtmlDocument}) to PDF with openhtmltopdf, the body and heading faces of
 * {@link DocumentFonts} embedded, so the PDF prints the same everywhere. A font file given by the
 * operator replaces the body face. Without any usable font a {@link MissingFontException} says what to
 * install.
 */
public final class PdfWriter {

    /** The PDF's producer: the checker reads PDFs it names in the order they were written ({@code PdfText}). */
    public static final String PRODUCER = "Gongkai";

    /** No usable font; the message says what to install or configure. */
    public static class MissingFontException extends RuntimeException {
        public MissingFontException(String message) {
            super(message);
        }
    }

    /** Default bound of the font bytes kept in memory: the installed body and heading collections (21 + 17 MB) fit. */
    public static final long DEFAULT_FONT_CACHE_BYTES = 64L * 1024 * 1024;

    private final @Nullable Path bodyFont;
    private final FontCache fonts;

    /** @param bodyFont a TrueType file to use for the body instead of the installed faces, or null */
    public PdfWriter(@Nullable Path bodyFont) {
        this(bodyFont, DEFAULT_FONT_CACHE_BYTES);
    }

    /** @param fontCacheBytes at most this many bytes of font files are kept in memory between renders */
    public PdfWriter(@Nullable Path bodyFont, long fontCacheBytes) {
        this.bodyFont = bodyFont;
        this.fonts = new FontCache(fontCacheBytes);
    }

    /** How many times a font file was read from disk by this writer. */
    int fontReads() {
        return fonts.reads();
    }

    /** Whether the body face can be embedded here (tests of PDFs skip without one outside CI). */
    public static boolean fontInstalled() {
        return DocumentFonts.installed(DocumentFonts.BODY).isPresent();
    }

    public byte[] render(String html) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        List<TrueTypeFont> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont body = bodyFont != null ? load(new DocumentFonts.FontFile(bodyFont.toString(), ""))
                    : load(DocumentFonts.installed(DocumentFonts.BODY).orElseThrow(PdfWriter::missing));
            open.add(body);
            TrueTypeFont heading = DocumentFonts.installed(DocumentFonts.HEADING).map(this::load).orElse(body);
            if (heading != body) {
                open.add(heading);
            }
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, body, true)), DocumentFonts.BODY.cssFamily());
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, heading, true)), DocumentFonts.HEADING.cssFamily());
            builder.withW3cDocument(dom, null);
            builder.withProducer(PRODUCER);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (TrueTypeFont f : open) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // closing a font we only read
                }
            }
        }
    }

    /** Renders parse the faces from the cached bytes (each render its own parse: a parsed font is not shared across threads). */
    private TrueTypeFont load(DocumentFonts.FontFile file) {
        Path path = Path.of(file.path());
        if (!Files.isReadable(path)) {
            throw new MissingFontException("gongkai.letters.font-file 指定的字体文件不存在或不可读：" + path);
        }
        try {
            byte[] bytes = fonts.bytes(path);
            if (file.path().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                // fontbox copies the stream into its own buffer (its no-copy stream is not public): a memory copy,
                // not a disk read.
                return face(new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes)), file, path);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new MissingFontException("无法读取字体文件 " + path + "：" + e.getMessage());
        }
    }

    private static MissingFontException missing() {
        return new MissingFontException("无法生成 PDF：服务器上没有可嵌入的中文 TrueType 字体。请安装 " + DocumentFonts.PACKAGES
                + "（Debian/Ubuntu：apt-get install fonts-arphic-uming fonts-wqy-zenhei），或用 gongkai.letters.font-file 指定字体文件。"
                + "Word 版不受影响，可先下载 Word 版。");
    }

    /** The face of a collection (.ttc) with the family asked for, else its first face. */
    private static TrueTypeFont face(TrueTypeCollection ttc, DocumentFonts.FontFile file, Path path) throws IOException {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        AtomicReference<TrueTypeFont> wanted = new AtomicReference<>();
        ttc.processAllFonts(f -> {
            first.compareAndSet(null, f);
            if (f.getNaming() != null && file.family().equals(f.getNaming().getFontFamily())) {
                wanted.compareAndSet(null, f);
            }
        });
        TrueTypeFont chosen = wanted.get() != null ? wanted.get() : first.get();
        if (chosen == null) {
            throw new MissingFontException("字体文件 " + path + " 中没有字体");
        }
        return chosen;
    }
}
