package cn.gongkai.server.shared;

import cn.gongkai.report.document.PdfWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's handle on the shared document layer's PDF writer ({@link PdfWriter} in report-core:
 * page, faces, tables): it only adds the operator's setting gongkai.letters.font-file, a TrueType file
 * used for the body instead of the installed Debian faces, and the bound of its font cache.
 */
@Component
public class ChinesePdf {

    /** Whether the body face is installed (the tests skip PDF checks without one outside CI). */
    public static boolean knownFontInstalled() {
        return PdfWriter.fontInstalled();
    }

    /** No usable font; the message says what to install or configure. */
    public static class MissingFontException extends PdfWriter.MissingFontException {
        public MissingFontException(String message) {
            super(message);
        }
    }

    private final PdfWriter writer;

    /**
     * One writer for the application, so its font cache (the font files' bytes, at most
     * gongkai.letters.font-cache-mb, default 64 MB) serves every render instead of each reading the files.
     */
    @org.springframework.beans.factory.annotation.Autowired
    public ChinesePdf(@Value("${gongkai.letters.font-file:}") @Nullable String configuredFont,
            @Value("${gongkai.letters.font-cache-mb:64}") long cacheMb) {
        this.writer = new PdfWriter(configuredFont == null || configuredFont.isBlank() ? null : Path.of(configuredFont),
                cacheMb * 1024 * 1024);
    }

    /** With the default cache bound (tests, tools). */
    public ChinesePdf(@Nullable String configuredFont) {
        this(configuredFont, PdfWriter.DEFAULT_FONT_CACHE_BYTES / (1024 * 1024));
    }

    /** HTML from {@link cn.gongkai.report.document.HtmlDocument} to PDF. */
    public byte[] render(String html) {
        try {
            return writer.render(html);
        } catch (PdfWriter.MissingFontException e) {
            throw new MissingFontException(e.getMessage());
        }
    }
}
