package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Breaks a whole report written on one line (crawler or copied text) back into lines: before each
 * section heading run into the text, after the title, after each sentence and around the page's own
 * notes (发布时间、来源、字号…). A line is treated so only when it holds at least two section headings
 * inside it, so an ordinary long paragraph keeps its line and the line numbers of a normal file stay
 * those of an editor. Linear in the length of the line.
 */
final class Reflow {

    /** Shorter lines are never a whole report. */
    private static final int MIN_LENGTH = 200;
    private static final int WINDOW = 40;
    private static final String[] BREAK_BEFORE = {"发布时间", "发布日期", "发文日期", "成文日期", "来源:", "信息来源", "字号",
        "打印本页", "关闭窗口", "上一篇", "下一篇", "附件下载", "索引号", "【打印", "分享到", "浏览次数", "【字体", "附件1", "附件:"};

    private static final Words MARKERS = Words.of(BREAK_BEFORE);
    /** The heading numerals as a table: the scan asks for each character of a long line. */
    private static final CharSet NUMERAL = CharSet.of(Headings.NUMERALS);
    /** What may start a heading, a sentence's end or a page note: the only characters the scan looks at closely. */
    private static final CharSet NOTABLE = CharSet.of(Headings.NUMERALS + "。>" + firsts(BREAK_BEFORE));

    private Reflow() {
    }

    static List<String> apply(List<String> source) {
        List<String> out = null;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            List<String> pieces = line.length() < MIN_LENGTH ? null : split(line);
            if (pieces == null) {
                pieces = tailHeading(line);
            }
            if (pieces == null) {
                pieces = runInHeading(line);
            }
            if (pieces != null && out == null) {
                out = new ArrayList<>(source.subList(0, i));
            }
            if (out != null) {
                if (pieces == null) {
                    out.add(line);
                } else {
                    out.addAll(pieces);
                }
            }
        }
        return out == null ? source : out;
    }

    /**
     * A line that ends in a section heading run onto the sentence before it (…请与街道办联系（电话：…）。一、总体情况):
     * the sentence and the heading as two lines, or null when the line does not end so.
     */
    private static List<String> tailHeading(String raw) {
        int stop = raw.lastIndexOf('。');
        if (stop < 0 || stop + 3 >= raw.length()) {
            return null;
        }
        int at = stop + 1;
        while (at < raw.length() && Chars.isWhitespace(fold(raw.charAt(at)))) {
            at++;
        }
        // Most prose lines go on after a 。: only a numeral and its separator there make the line worth folding.
        if (at + 2 >= raw.length() || !NUMERAL.has(raw.charAt(at)) || !Headings.isSeparator(fold(raw.charAt(at + 1)))) {
            return null;
        }
        String n = fold(raw);
        String rest = n.substring(at + 2).strip();
        int length = Headings.titleLength(window(n, at + 2));
        // The heading must be all that follows: a title and at most its closing punctuation.
        if (length <= 0 || rest.replaceAll("\\s+", "").length() > length + 1) {
            return null;
        }
        return List.of(raw.substring(0, at).strip(), raw.substring(at).strip());
    }

    /**
     * A line with one section heading run into it, at its start or after a sentence (…等六部分组成。 一、总体情况 2022年,我镇…,
     * a capture whose next heading the cut took, so the line is no one-line report): the text before, the heading and
     * the text after as lines, or null.
     */
    private static @Nullable List<String> runInHeading(String raw) {
        String n = null; // folded once, and only for a line that has a numeral and separator in it
        for (int i = 0; i + 2 < raw.length(); i++) {
            if (!NUMERAL.has(raw.charAt(i)) || !Headings.isSeparator(fold(raw.charAt(i + 1)))) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && Chars.isWhitespace(fold(raw.charAt(before)))) {
                before--;
            }
            if (before >= 0 && raw.charAt(before) != '。') {
                continue;
            }
            if (n == null) {
                n = fold(raw);
            }
            int length = Headings.titleLength(window(n, i + 2));
            if (length <= 0) {
                continue;
            }
            int end = skip(n, i + 2, length);
            String head = raw.substring(0, i).strip();
            String rest = raw.substring(end).strip();
            if (rest.isEmpty()) {
                return null; // a heading line, or one ending in its heading (tailHeading's)
            }
            List<String> pieces = new ArrayList<>(3);
            if (!head.isEmpty()) {
                pieces.add(head);
            }
            pieces.add(raw.substring(i, end).strip());
            pieces.add(rest);
            return pieces;
        }
        return null;
    }

    /** The pieces of a one-line report, or null when the line is not one. */
    private static List<String> split(String raw) {
        char[] c = raw.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = fold(c[i]);
        }
        String n = new String(c);
        // Offsets where a piece begins, as flags (a line of n characters has at most n + 1 of them).
        boolean[] breaks = new boolean[c.length + 1];
        int firstHeading = -1;
        int headings = 0;
        // One pass over the line's characters; most of them open nothing and are passed over on one table lookup.
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (!NOTABLE.has(ch)) {
                continue;
            }
            if (NUMERAL.has(ch) && i + 2 < c.length && Headings.isSeparator(c[i + 1])) {
                // A line may open with its first heading (一、总体情况 根据…).
                char before = i == 0 ? ' ' : c[i - 1];
                if (before != '(' && before != '第' && !NUMERAL.has(before) && mayBeTitle(n, i + 2)) {
                    int length = Headings.titleLength(window(n, i + 2));
                    if (length > 0) {
                        breaks[i] = true;
                        breaks[skip(n, i + 2, length)] = true;
                        headings++;
                        if (firstHeading < 0) {
                            firstHeading = i;
                        }
                    }
                }
            }
            if ((ch == '。' || ch == '>') && i + 1 < c.length) {
                breaks[i + 1] = true;
            }
            if (i > 0 && MARKERS.startsAt(n, i)) {
                breaks[i] = true;
            }
        }
        if (headings < 2) {
            return null;
        }
        int titleEnd = titleEnd(n, firstHeading);
        if (titleEnd > 0) {
            breaks[titleEnd] = true;
        }
        signature(n, breaks);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = 0; at < breaks.length; at++) {
            if (breaks[at]) {
                add(pieces, raw.substring(from, at));
                from = at;
            }
        }
        add(pieces, raw.substring(from));
        return pieces;
    }

    /**
     * Full-width forms folded to ASCII character for character (as NFKC does for them), so that
     * offsets stay those of the raw line whatever else it holds (NFKC would turn “…” into three).
     */
    private static String fold(String raw) {
        char[] out = raw.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    private static char fold(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        return c == 0x3000 || c == 0xA0 ? ' ' : c;
    }

    /** Whether the first two non-space characters from {@code from} may open a title (before building its window). */
    private static boolean mayBeTitle(String n, int from) {
        char[] two = new char[2];
        int got = 0;
        for (int i = from; i < n.length() && got < 2; i++) {
            char c = n.charAt(i);
            if (!Chars.isWhitespace(c)) {
                two[got++] = c;
            }
        }
        return got == 2 && Headings.mayOpen(two[0], two[1]);
    }

    /** Text after a heading's separator, white space removed, up to a digit or sentence end. */
    private static String window(String n, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < n.length() && sb.length() < WINDOW; i++) {
            char c = n.charAt(i);
            if (Chars.isWhitespace(c)) {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '。' || c == ';') {
                break;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The offset after {@code count} non-space characters from {@code from}. */
    private static int skip(String n, int from, int count) {
        int i = from;
        for (int seen = 0; i < n.length() && seen < count; i++) {
            if (!Chars.isWhitespace(n.charAt(i))) {
                seen++;
            }
        }
        return i;
    }

    /**
     * The signature run onto the end of the line (…行政诉讼数量件0 白水镇人民政府 2012年2月28日): a break before the
     * date, and before the organ when white space sets it apart from the text before it ({@link TrailingDate}).
     */
    private static void signature(String n, boolean[] breaks) {
        TrailingDate.Found found = TrailingDate.find(n, Math.max(0, n.length() - 60));
        if (found == null) {
            return;
        }
        breaks[found.date()] = true;
        if (found.han() > 0 && Chars.isWhitespace(n.charAt(found.han() - 1))) {
            breaks[found.han()] = true;
        }
    }

    /** The end of a title (…年度报告 / …年报) run into the text before the first heading, or -1. */
    private static int titleEnd(String n, int firstHeading) {
        for (String end : new String[] {"年度报告", "年报"}) {
            int at = n.indexOf(end);
            if (at >= 0 && at < firstHeading) {
                int after = at + end.length();
                if (after < n.length() && "。,;:)」》\"".indexOf(n.charAt(after)) < 0) {
                    return after;
                }
            }
        }
        return -1;
    }

    private static String firsts(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private static void add(List<String> pieces, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            pieces.add(t);
        }
    }
}
