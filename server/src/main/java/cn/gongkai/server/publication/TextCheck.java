package cn.gongkai.server.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * The check before an item enters review: sensitive words and commonly mistaken words from the
 * editable word lists, and personal data that must not be published (identity card and mobile
 * numbers). Reads the title and the body's text (tags removed).
 */
@Component
public class TextCheck {

    /** A mainland identity number: 17 digits and a check character, not inside a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final int CONTEXT = 12;

    private final WordLists lists;

    TextCheck(WordLists lists) {
        this.lists = lists;
    }

    public List<Finding> check(ItemContent content) {
        List<WordLists.Entry> words = lists.all();
        List<Finding> out = new ArrayList<>();
        scan("标题", content.title(), words, out);
        scan("正文", Jsoup.parse(content.bodyHtml()).text(), words, out);
        out.sort(Comparator.comparing(Finding::field).reversed().thenComparingInt(Finding::offset));
        return out;
    }

    private static void scan(String field, String text, List<WordLists.Entry> words, List<Finding> out) {
        for (WordLists.Entry e : words) {
            for (int at = text.indexOf(e.word()); at >= 0; at = text.indexOf(e.word(), at + 1)) {
                out.add(finding(field, text, at, e.word(), Finding.Kind.valueOf(e.kind()), e.suggestion()));
            }
        }
        pattern(field, text, ID_NUMBER, "身份证号码", out);
        pattern(field, text, MOBILE, "手机号码", out);
    }

    private static void pattern(String field, String text, Pattern p, String what, List<Finding> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(finding(field, text, m.start(), m.group(), Finding.Kind.PERSONAL_DATA, what));
        }
    }

    private static Finding finding(String field, String text, int at, String found, Finding.Kind kind,
            @Nullable String suggestion) {
        String before = text.substring(Math.max(0, at - CONTEXT), at);
        String after = text.substring(at + found.length(), Math.min(text.length(), at + found.length() + CONTEXT));
        return new Finding(field, at, found, kind, suggestion, before, after);
    }
}
