package cn.gongkai.report.extract;

import java.util.List;
import java.util.Map;

/**
 * The text of a report as lines, whatever file it came from. Line numbers in diagnostics are
 * 1-based indexes into {@link #lines()}: for a text file, its own lines; for HTML, PDF and DOCX,
 * the lines of the text extracted from it (one per paragraph or table row).
 *
 * @param format   what the bytes were: txt, html, pdf, docx
 * @param encoding the character set a text or HTML file was decoded with, or null
 * @param meta     what the file says about itself outside its text (an HTML page's
 *                 {@code <meta name="PubDate">} as {@code pubDate}, {@code ContentSource} as {@code source};
 *                 {@link #TRUNCATED} for a file cut short)
 */
public record SourceText(List<String> lines, String format, String encoding, Map<String, String> meta) {

    /** Meta key: the file is cut short (a PDF without %%EOF); its lines are what could be read of it. */
    public static final String TRUNCATED = "truncated";

    public SourceText {
        lines = List.copyOf(lines);
        meta = Map.copyOf(meta);
    }

    public SourceText(List<String> lines, String format, String encoding) {
        this(lines, format, encoding, Map.of());
    }

    public static SourceText ofText(String text) {
        return new SourceText(TextLines.split(text), "txt", "UTF-8");
    }
}
