package cn.gongkai.report.extract;

import java.util.List;

/**
 * The text of a report as lines, whatever file it came from. Line numbers in diagnostics are
 * 1-based indexes into {@link #lines()}: for a text file, its own lines; for HTML, PDF and DOCX,
 * the lines of the text extracted from it (one per paragraph or table row).
 *
 * @param format   what the bytes were: txt, html, pdf, docx
 * @param encoding the character set a text or HTML file was decoded with, or null
 */
public record SourceText(List<String> lines, String format, String encoding) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    public static SourceText ofText(String text) {
        return new SourceText(TextLines.split(text), "txt", "UTF-8");
    }
}
