package cn.gongkai.report.parse;

import cn.gongkai.report.model.Section;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The section headings a report may use: the six of the national format, the variants seen in real
 * reports, and those of the reports before 2019 (一、概述, 五、因政府信息公开申请行政复议、提起行政诉讼的情况,
 * 六、…存在的主要问题及改进措施, 七、其他需要报告的事项 — numbered differently, so a title is known by
 * its words, not its numeral). A title written with one character extra, missing or wrong still
 * matches (edit distance 1; titles shorter than four characters must match exactly).
 */
final class Headings {

    private static final Map<Section, List<String>> TITLES = new EnumMap<>(Section.class);

    static {
        TITLES.put(Section.OVERVIEW, List.of("总体情况", "概述", "主要工作概述", "工作概述", "基本情况", "工作基本情况", "总体工作情况",
                "政府信息公开工作概述", "政府信息公开工作总体情况"));
        TITLES.put(Section.PROACTIVE, List.of("主动公开政府信息情况", "主动公开政府信息的情况", "主动公开情况",
                "主动公开政府信息"));
        TITLES.put(Section.REQUESTS, List.of("收到和处理政府信息公开申请情况", "依申请公开政府信息情况",
                "依申请公开政府信息的情况", "依申请公开情况", "政府信息公开申请情况", "政府信息公开申请的办理情况",
                "收到和处理政府信息公开申请的情况", "政府信息依申请公开工作情况", "依申请公开工作情况",
                "政府信息依申请公开办理情况", "依申请公开、不予公开及咨询政府信息情况"));
        TITLES.put(Section.REVIEWS, List.of("政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况",
                "因政府信息公开申请行政复议、提起行政诉讼的情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                "因政府信息公开申请提起行政复议、行政诉讼的情况", "行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼的情况",
                "申请行政复议、提起行政诉讼的情况", "申请行政复议、提起行政诉讼和申诉的情况"));
        TITLES.put(Section.PROBLEMS, List.of("存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况",
                "存在的主要问题及改进措施", "政府信息公开工作存在的主要问题及改进措施", "存在的问题及改进措施",
                "存在的主要问题和改进措施", "存在的问题和改进情况", "主要问题及改进情况", "主要问题和改进措施",
                "存在的主要问题及明年工作计划", "存在的主要问题及下一步工作计划"));
        TITLES.put(Section.OTHER_MATTERS, List.of("其他需要报告的事项", "其他需要报告事项", "其他事项"));
    }

    /** Heading numerals: 一…六 of the 2021 format, up to 八 for the older ones. */
    static final String NUMERALS = "一二三四五六七八";

    private Headings() {
    }

    static boolean isSeparator(char c) {
        return c == '、' || c == '.' || c == ',' || c == ':' || c == ')' || c == '．';
    }

    /**
     * The section whose title {@code text} (white space removed, after the numeral and separator)
     * starts with, or null. {@code exactEnd}: the whole text must be the title (a heading line), not
     * just begin with it (a heading run into its paragraph).
     */
    static @Nullable Section titled(String text, boolean exactEnd) {
        String whole = exactEnd ? stripTrailingPunctuation(text) : text; // once, not per title
        for (Map.Entry<Section, List<String>> e : TITLES.entrySet()) {
            for (String title : e.getValue()) {
                if (exactEnd ? matchesWhole(whole, title) : startsWithTitle(text, title) > 0) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Characters among the first two of some title: one of them must open a text that is a title. */
    private static final CharSet OPENING = CharSet.of("");
    /** Every title in one array, for {@link #titleLength} (asked at each heading-like place of a one-line report). */
    private static final String[] ALL_TITLES = TITLES.values().stream().flatMap(List::stream).toArray(String[]::new);

    static {
        for (String t : ALL_TITLES) {
            OPENING.add(t.charAt(0));
            OPENING.add(t.charAt(1));
        }
    }

    /** How many characters of {@code text} a title at its start takes (the longest title), or 0. */
    static int titleLength(String text) {
        if (text.length() < 2 || !mayOpen(text.charAt(0), text.charAt(1))) {
            return 0;
        }
        char a = text.charAt(0);
        char b = text.charAt(1);
        int best = 0;
        for (String title : ALL_TITLES) {
            // One character off at most: the text's first or second character is the title's first or
            // second (wrong, missing or extra first character). Most titles fail this at once.
            char t0 = title.charAt(0);
            char t1 = title.charAt(1);
            if (t0 == a || t0 == b || t1 == a || t1 == b) {
                best = Math.max(best, startsWithTitle(text, title));
            }
        }
        return best;
    }

    /** Whether a text beginning with {@code a b} may begin with a title (a cheap test before {@link #titleLength}). */
    static boolean mayOpen(char a, char b) {
        return OPENING.has(a) || OPENING.has(b);
    }

    /** The keyword test of a short heading line of the 2021 numbering (longer, looser titles). */
    static @Nullable Section byKeyword(String numeral, String rest) {
        return switch (numeral) {
            case "一" -> rest.contains("总体情况") || rest.contains("概述") || rest.contains("基本情况") || rest.contains("工作情况")
                    || rest.contains("工作开展情况") ? Section.OVERVIEW : null; // 一、2023年工作开展情况
            case "二" -> rest.contains("主动公开") ? Section.PROACTIVE : null;
            case "三" -> rest.contains("收到和处理") || rest.contains("申请情况") || rest.contains("依申请公开")
                    ? Section.REQUESTS : null;
            case "四" -> rest.contains("行政复议") || rest.contains("行政诉讼") ? Section.REVIEWS : null;
            case "五" -> rest.contains("问题") && (rest.contains("改进") || rest.contains("不足") || rest.contains("存在"))
                    ? Section.PROBLEMS : null;
            case "六" -> rest.contains("其他需要报告") || rest.contains("其他事项") ? Section.OTHER_MATTERS : null;
            default -> null;
        };
    }

    /** {@code t}: the text with its trailing punctuation stripped. */
    private static boolean matchesWhole(String t, String title) {
        if (t.equals(title)) {
            return true;
        }
        return title.length() >= 4 && Math.abs(t.length() - title.length()) <= 1 && withinOne(t, title);
    }

    /** The length of the prefix of {@code text} that is {@code title} (one character off at most), or 0. */
    private static int startsWithTitle(String text, String title) {
        if (text.startsWith(title)) {
            return title.length();
        }
        if (title.length() < 4) {
            return 0;
        }
        // A wrong character first, then a missing one, then an extra one: an extra character would
        // otherwise eat the first character of the text that follows the heading.
        for (int len : new int[] {title.length(), title.length() - 1, title.length() + 1}) {
            if (len <= text.length() && withinOne(text, len, title)) {
                return len;
            }
        }
        return 0;
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ":：。.".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Levenshtein distance of a and b is at most 1. */
    static boolean withinOne(String a, String b) {
        return withinOne(a, a.length(), b);
    }

    /** Levenshtein distance of the first {@code la} characters of a and b is at most 1; allocates nothing. */
    private static boolean withinOne(String a, int la, String b) {
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : a.regionMatches(i, b, i + 1, la - i);
    }
}
