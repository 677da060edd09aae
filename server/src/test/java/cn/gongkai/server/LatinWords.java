package cn.gongkai.server;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The Latin words a page shows a reader (its title, text, alternative texts, tooltips, labels and
 * placeholders, options) outside {@link #ALLOWED}: file formats, units, the office suites staff write in and
 * the names of national registrations. Data that is not a word is taken out first: the platform's numbers
 * (索引号 puwei-2025-00001, 申请 xiaopu-2025-0001, 投诉 xiaopu-J2025-0001, 检查 JC2025-0001), e-mail and web
 * addresses, the demo's account names (xiaopu.drafter), which staff type to sign in, and {@code <code>} and
 * {@code <textarea>} (with its placeholder): literal text to type or a file's own content (the holiday CSV).
 */
public final class LatinWords {

    public static final Set<String> ALLOWED = Set.of("PDF", "Word", "JSON", "CSV", "RSS", "ICP", "DOCX", "Excel", "LED",
            "UTF", "GBK", "MB", "KB", "WPS", "zip", "txt", "html", "docx", "pdf", "md", "xlsx");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern ACCOUNT = Pattern.compile("\\b[a-z]+(?:-[a-z]+)?\\.[a-z]+\\d*\\b");

    private LatinWords() {
    }

    public static Set<String> in(Document d) {
        d = d.clone();
        d.select("code, textarea").remove();
        StringBuilder seen = new StringBuilder(d.title()).append(' ').append(d.body().text());
        d.select("[alt],[title],[aria-label],[placeholder]").forEach(e -> seen.append(' ').append(e.attr("alt"))
                .append(' ').append(e.attr("title")).append(' ').append(e.attr("aria-label")).append(' ')
                .append(e.attr("placeholder")));
        d.select("option").forEach(e -> seen.append(' ').append(e.text()));
        String text = seen.toString().replaceAll("(?:[a-z]+(?:-[a-z]+)*-)?[A-Z]{0,2}\\d{4}-\\d{4,5}", " ").replaceAll("\\S+@\\S+", " ")
                .replaceAll("https?://\\S+", " ");
        text = ACCOUNT.matcher(text).replaceAll(" ");
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
