package cn.gongkai.server.publication;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Staff write the 正文 in Word or WPS and paste it as plain text: a body without any HTML tag is
 * taken as lines, each non-empty line one paragraph. The way back: a body that is nothing but plain
 * paragraphs is shown in the textarea as those lines again, so editing it never means reading HTML.
 */
final class BodyText {

    /** A tag opening, closing, comment or doctype; "a < b" or "<5" in plain text is not one. */
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?]");
    /** A body made only of {@code <p>text</p>} paragraphs (what {@link #paragraphs} makes). */
    private static final Pattern ONLY_PARAGRAPHS = Pattern.compile("(?:\\s*<p>[^<]*</p>)+\\s*");
    private static final Pattern LINES = Pattern.compile("\\R");

    private BodyText() {
    }

    static boolean isPlainText(String body) {
        return !TAG.matcher(body).find();
    }

    /** Plain text to paragraphs: each non-empty line (trimmed, full-width spaces too) one {@code <p>}. */
    static String paragraphs(String plain) {
        StringBuilder html = new StringBuilder();
        for (String line : LINES.split(plain)) {
            String text = line.strip();
            if (!text.isEmpty()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** What the textarea shows: plain lines for a body of plain paragraphs, else the HTML as stored. */
    static String forEditing(String html) {
        if (html.isBlank() || !ONLY_PARAGRAPHS.matcher(html).matches()) {
            return html;
        }
        StringBuilder text = new StringBuilder();
        for (String p : html.strip().split("</p>")) {
            String inner = p.strip();
            if (inner.startsWith("<p>")) {
                text.append(HtmlUtils.htmlUnescape(inner.substring(3))).append('\n');
            }
        }
        return text.toString();
    }
}
