package cn.gongkai.server.publication;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans an item's body against XSS with the OWASP sanitizer: text formatting, paragraphs, lists,
 * tables, links (http/https/mailto, rel=nofollow) and images; no script, style or event handler.
 */
final class BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr", "sup", "sub").toFactory());

    private BodySanitizer() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
