package cn.gongkai.report.rules;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The paragraphs of sections 一, 五 and 六 that are the same as a paragraph of the same section in last
 * year's report (内容雷同, facts §1.2, §7 E3): compared with white space left out and year numbers
 * (“2024年” / “2025年”) treated as equal; paragraphs shorter than the minimum (such as “无。”) never count.
 * {@link CopyFromLastYearRule} warns with it; the report editor lists every such paragraph.
 */
public final class CopiedParagraphs {

    /** The sections whose prose is compared. */
    public static final List<Section> SECTIONS = List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS);

    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?=\\s*年)");

    /** A paragraph of this year's report found unchanged in last year's. */
    public record Copied(Section section, String paragraph) {
    }

    private CopiedParagraphs() {
    }

    /** This year's copied paragraphs, in section and text order. */
    public static List<Copied> find(AnnualReport current, AnnualReport previous, int minChars) {
        List<Copied> out = new ArrayList<>();
        for (Section s : SECTIONS) {
            Set<String> before = keys(previous.sectionText(s), minChars);
            for (String p : paragraphs(current.sectionText(s), minChars)) {
                if (before.contains(key(p))) {
                    out.add(new Copied(s, p));
                }
            }
        }
        return out;
    }

    /** The paragraphs of a section's text long enough to compare, stripped. */
    static List<String> paragraphs(@Nullable String text, int minChars) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String p : text.split("\n")) {
                if (key(p).length() >= minChars) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    static Set<String> keys(@Nullable String text, int minChars) {
        Set<String> out = new HashSet<>();
        paragraphs(text, minChars).forEach(p -> out.add(key(p)));
        return out;
    }

    static String key(String paragraph) {
        return YEAR.matcher(WHITE.matcher(paragraph).replaceAll("")).replaceAll("#");
    }
}
