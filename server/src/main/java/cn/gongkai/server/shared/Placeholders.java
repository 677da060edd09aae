package cn.gongkai.server.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {名称} placeholders in texts people write (letter templates, report prose), filled from data. */
public final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]{1,20})}");

    private Placeholders() {
    }

    /** The text with each {name} replaced by its value; an unknown name is left as written, to be seen. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Placeholders in {@code text} that are not among {@code names}. */
    public static List<String> unknown(String text, Collection<String> names) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }
}
