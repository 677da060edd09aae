package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

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
        "打印本页", "关闭窗口", "上一篇", "下一篇", "附件下载", "索引号", "【打印", "分享到", "浏览次数", "【字体"};

    private static final String MARKER_START;

    static {
        StringBuilder sb = new StringBuilder();
        for (String m : BREAK_BEFORE) {
            if (sb.indexOf(m.substring(0, 1)) < 0) {
                sb.append(m.charAt(0));
            }
        }
        MARKER_START = sb.toString();
    }

    private Reflow() {
    }

    static List<String> apply(List<String> source) {
        List<String> out = null;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            List<String> pieces = line.length() < MIN_LENGTH ? null : split(line);
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

    /** The pieces of a one-line report, or null when the line is not one. */
    private static List<String> split(String raw) {
        String n = fold(raw);
        TreeSet<Integer> breaks = new TreeSet<>();
        int firstHeading = -1;
        int headings = 0;
        for (int i = 1; i + 2 < n.length(); i++) {
            char c = n.charAt(i);
            if (Headings.NUMERALS.indexOf(c) < 0 || !Headings.isSeparator(n.charAt(i + 1))) {
                continue;
            }
            char before = n.charAt(i - 1);
            if (before == '(' || before == '第' || Headings.NUMERALS.indexOf(before) >= 0) {
                continue;
            }
            int length = Headings.titleLength(window(n, i + 2));
            if (length > 0) {
                breaks.add(i);
                breaks.add(skip(n, i + 2, length));
                headings++;
                if (firstHeading < 0) {
                    firstHeading = i;
                }
            }
        }
        if (headings < 2) {
            return null;
        }
        int titleEnd = titleEnd(n, firstHeading);
        if (titleEnd > 0) {
            breaks.add(titleEnd);
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c == '。' || c == '>') && i + 1 < n.length()) {
                breaks.add(i + 1);
            }
        }
        for (int at = 1; at < n.length(); at++) {
            if (MARKER_START.indexOf(n.charAt(at)) < 0) {
                continue; // one pass over the line; a marker is tried only where one could begin
            }
            for (String marker : BREAK_BEFORE) {
                if (n.startsWith(marker, at)) {
                    breaks.add(at);
                    break;
                }
            }
        }
        signature(n, breaks);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at : breaks) {
            add(pieces, raw.substring(from, at));
            from = at;
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
            char c = out[i];
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out[i] = (char) (c - 0xFEE0);
            } else if (c == 0x3000 || c == 0xA0) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /** Text after a heading's separator, white space removed, up to a digit or sentence end. */
    private static String window(String n, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < n.length() && sb.length() < WINDOW; i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
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
            if (!Character.isWhitespace(n.charAt(i))) {
                seen++;
            }
        }
        return i;
    }

    private static final java.util.regex.Pattern TRAILING_DATE =
            java.util.regex.Pattern.compile("(\\p{IsHan}{2,30})?\\s*(20\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$");

    /**
     * The signature run onto the end of the line (…行政诉讼数量件0 白水镇人民政府 2012年2月28日): a break before the
     * date, and before the organ when white space sets it apart from the text before it.
     */
    private static void signature(String n, TreeSet<Integer> breaks) {
        int from = Math.max(0, n.length() - 60);
        java.util.regex.Matcher m = TRAILING_DATE.matcher(n).region(from, n.length());
        if (!m.find()) {
            return;
        }
        breaks.add(m.start(2));
        if (m.group(1) != null && m.start(1) > 0 && Character.isWhitespace(n.charAt(m.start(1) - 1))) {
            breaks.add(m.start(1));
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

    private static void add(List<String> pieces, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            pieces.add(t);
        }
    }
}
