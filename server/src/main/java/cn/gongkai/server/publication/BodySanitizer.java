package cn.gongkai.server.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans an item's body against XSS with the OWASP sanitizer: text formatting, paragraphs, lists,
 * tables, links (http/https/mailto, rel=nofollow) and images; no script, style or event handler.
 * A body typed as plain text first becomes paragraphs ({@link BodyText}).
 */
final class BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr", "sup", "sub").toFactory())
            // merged cells of tables imported from Word (DocxTables) and header cells' scope
            .and(new HtmlPolicyBuilder().allowElements("td", "th")
                    .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]{0,2}")).onElements("td", "th")
                    .allowAttributes("scope").matching(Pattern.compile("row|col|rowgroup|colgroup")).onElements("th")
                    .toFactory());

    /** A numeric character reference, as the OWASP renderer writes every non-ASCII character. */
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private BodySanitizer() {
    }

    static String sanitize(String body) {
        String html = BodyText.isPlainText(body) ? BodyText.paragraphs(body) : body;
        return asCharacters(POLICY.sanitize(html));
    }

    /**
     * The OWASP renderer writes 中文 and full-width punctuation as {@code &#x...;}, which the textarea
     * and the page source then show to staff. Those characters mean nothing to HTML, so they are put
     * back as characters; ASCII (among it {@code < > & " ' `}) and the invisible C0/C1 controls stay
     * escaped, so the sanitizer's guarantee is unchanged.
     */
    static String asCharacters(String html) {
        Matcher m = NUMERIC_ENTITY.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            boolean plain = cp > 0x9F && cp <= Character.MAX_CODE_POINT && Character.isDefined(cp)
                    && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.FORMAT;
            m.appendReplacement(out, Matcher.quoteReplacement(plain ? Character.toString(cp) : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
