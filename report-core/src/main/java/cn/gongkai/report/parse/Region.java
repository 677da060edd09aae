package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A table region flattened for robust recovery: {@code text} holds every non-value character with
 * white space removed (so labels wrapped over lines or split character by character read whole),
 * {@code tokens} holds the values with their offsets into {@code text}.
 *
 * <p>A digit run is a row-number marker, not a value, when it is followed by “.” or “、” and then
 * a non-digit ("1.属于国家秘密"), or stands in parentheses; it is text when followed by 年/月/日/页/条/件/项/号
 * (running headers and dates).
 */
final class Region {

    final String text;
    /** Where each source line's characters begin in {@link #text}, and that line: one entry per line, not per character. */
    private final LineRuns lines;
    final List<Token> tokens;

    private Region(String text, LineRuns lines, List<Token> tokens) {
        this.text = text;
        this.lines = lines;
        this.tokens = tokens;
    }

    static Region of(Lines lines, int fromIndex, int toIndex) {
        int capacity = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            capacity += lines.norm.get(i).length();
        }
        // The text is at most as long as the lines: written into one array, no per-character growth checks.
        char[] text = new char[capacity];
        int length = 0;
        LineRuns runs = new LineRuns();
        List<Token> tokens = new ArrayList<>();
        for (int i = fromIndex; i < toIndex; i++) {
            String s = lines.norm.get(i);
            int lineNo = i + 1;
            int n = s.length();
            int k = 0;
            while (k < n) {
                char c = s.charAt(k);
                if (Chars.isWhitespace(c)) {
                    k++;
                    continue;
                }
                if (isDigit(c)) {
                    int end = k;
                    while (end < n && isDigit(s.charAt(end))) {
                        end++;
                    }
                    boolean grouped = false;
                    // 1,295: thousands set apart by commas (groups of exactly three digits), one number
                    while (end < n && s.charAt(end) == ',' && threeDigits(s, end + 1) && (grouped || end - k <= 3)) {
                        end += 4;
                        grouped = true;
                    }
                    if (!grouped && end + 1 < n && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
                        end++;
                        while (end < n && isDigit(s.charAt(end))) {
                            end++;
                        }
                    }
                    String digits = grouped ? s.substring(k, end).replace(",", "") : Chars.digits(s, k, end);
                    if (isMarker(s, k, end) && end - k > 1 && s.charAt(k) != '(' && digits.indexOf('.') < 0
                            && (k == 0 || s.charAt(k - 1) != '(')) {
                        // Crawler text without separators: "00000002.其他…" is a row's values followed by
                        // the next row's item number; items of 表三 run 1–8, so the number is the last digit.
                        tokens.add(new Token(digits.substring(0, digits.length() - 1), lineNo, length));
                        runs.mark(length, lineNo);
                        text[length++] = digits.charAt(digits.length() - 1);
                    } else if (isMarker(s, k, end) || isUnitSuffix(s, end)) {
                        runs.mark(length, lineNo);
                        digits.getChars(0, digits.length(), text, length);
                        length += digits.length();
                    } else {
                        tokens.add(new Token(digits, lineNo, length));
                    }
                    k = end;
                    continue;
                }
                if (isPlaceholder(s, k)) {
                    tokens.add(new Token(null, lineNo, length));
                    k++;
                    continue;
                }
                runs.mark(length, lineNo);
                text[length++] = c;
                k++;
            }
        }
        return new Region(new String(text, 0, length), runs, tokens);
    }

    /** The source line of an offset into {@link #text}, or {@code fallback} if out of range. */
    int lineOf(int pos, int fallback) {
        return text.isEmpty() ? fallback : lines.lineOf(Math.max(0, Math.min(pos, text.length() - 1)));
    }

    /**
     * Tokens whose offsets lie in [from, to]. A token at {@code to} was written before the next
     * label's first character, so it still belongs to the row that ends there. Tokens are in
     * offset order, so the first is found by binary search.
     */
    List<Token> tokensBetween(int from, int to) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).pos() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Token> out = new ArrayList<>();
        for (int i = lo; i < tokens.size() && tokens.get(i).pos() <= to; i++) {
            out.add(tokens.get(i));
        }
        return out;
    }

    /** Exactly three digits from {@code at}, no fourth after them. */
    private static boolean threeDigits(String s, int at) {
        return at + 3 <= s.length() && isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1)) && isDigit(s.charAt(at + 2))
                && (at + 3 == s.length() || !isDigit(s.charAt(at + 3)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMarker(String s, int start, int end) {
        int k = end;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == '、')) {
            int after = k + 1;
            while (after < s.length() && s.charAt(after) == ' ') {
                after++;
            }
            return after < s.length() && !isDigit(s.charAt(after)) && !Chars.isWhitespace(s.charAt(after));
        }
        int before = start - 1;
        return before >= 0 && s.charAt(before) == '(' && end < s.length() && s.charAt(end) == ')';
    }

    private static boolean isUnitSuffix(String s, int end) {
        while (end < s.length() && s.charAt(end) == ' ') {
            end++; // 2020 年 (a space before the unit, as a PDF's text or a typist sets it)
        }
        if (end >= s.length()) {
            return false;
        }
        char c = s.charAt(end);
        return c == '年' || c == '月' || c == '日' || c == '页' || c == '条' || c == '件' || c == '项' || c == '号';
    }

    /** A lone dash or slash standing for an empty cell. */
    private static boolean isPlaceholder(String s, int k) {
        char c = s.charAt(k);
        if (c != '-' && c != '—' && c != '/' && c != '–' && c != '―') {
            return false;
        }
        int end = k + 1;
        boolean leftOk = k == 0 || Chars.isWhitespace(s.charAt(k - 1));
        boolean rightOk = end >= s.length() || Chars.isWhitespace(s.charAt(end));
        return leftOk && rightOk;
    }
}
