package cn.gongkai.report.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source lines in two forms: {@code original} (markdown markers removed, otherwise as written,
 * for prose) and {@code norm} (NFKC, curly quotes folded, for matching labels and numbers).
 * Index i holds source line i + 1.
 */
final class Lines {

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern MD_TABLE_RULE = Pattern.compile("^[\\s|:\\-\\t]*-{3,}[\\s|:\\-\\t]*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-—–－]\\s*\\d{1,3}\\s*[-—–－]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3})\\s*$");

    final List<String> original;
    final List<String> norm;
    private final String[] compact;
    /** Lines that were markdown pipe-table rows: every field is a cell. */
    private final boolean[] pipeRow;

    private Lines(List<String> original, List<String> norm, boolean[] pipeRow) {
        this.original = original;
        this.norm = norm;
        this.compact = new String[norm.size()];
        this.pipeRow = pipeRow;
    }

    static Lines of(List<String> source) {
        List<String> original = new ArrayList<>(source.size());
        List<String> norm = new ArrayList<>(source.size());
        boolean[] pipe = new boolean[source.size()];
        boolean cellLines = false; // the last non-blank line was a cell copied on its own line (`0 |`, `…数量 |`, `|`)
        for (int i = 0; i < source.size(); i++) {
            String raw = source.get(i);
            String line = clean(raw);
            pipe[i] = raw.indexOf('|') >= 0 && isPipeRow(raw.strip());
            if (raw.indexOf('|') >= 0 && raw.strip().equals("|") && cellLines) {
                // Among cells copied one per line, a bare pipe is an empty cell in its place, not an empty row;
                // one that a label follows opens that label's row (`|`, `规章 |`, `0 |` … on lines of their own).
                line = opensRow(source, i + 1) ? "" : "—";
                pipe[i] = false;
            } else if (!raw.isBlank()) {
                cellLines = raw.indexOf('|') >= 0 && raw.strip().endsWith("|") && !pipe[i];
            }
            original.add(line);
            norm.add(normalize(line));
        }
        return new Lines(original, norm, pipe);
    }

    /** Whether the next non-blank line from {@code from} is a row's label copied on its own line (`规章 |`). */
    private static boolean opensRow(List<String> source, int from) {
        for (int i = from; i < source.size(); i++) {
            String next = source.get(i).strip();
            if (!next.isEmpty()) {
                // One pipe, at the end: a cell on its own line; a Han character in it: a label, not a value.
                return next.indexOf('|') == next.length() - 1 && next.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            }
        }
        return false;
    }

    boolean isPipeRow(int index) {
        return pipeRow[index];
    }

    int size() {
        return original.size();
    }

    /** Removes markup that is not report content; keeps the line (as blank) so numbering is stable. */
    static String clean(String raw) {
        // One pass to see which markup characters occur: most lines are prose or plain table rows
        // and need none of the patterns below.
        boolean invisible = false;
        boolean dash = false;
        boolean hash = false;
        boolean emphasis = false;
        boolean pipe = false;
        boolean pageMark = false;
        for (int i = 0; i < raw.length(); i++) {
            switch (raw.charAt(i)) {
                case '\uFEFF', '\u200B' -> invisible = true;
                case '-' -> dash = true;
                case '#' -> hash = true;
                case '*', '_' -> emphasis = true;
                case '|' -> pipe = true;
                case '—', '–', '－', '页', '/' -> pageMark = true;
                default -> { }
            }
        }
        String line = invisible ? raw.replace("\uFEFF", "").replace("\u200B", "") : raw;
        if (dash && line.contains("---") && MD_TABLE_RULE.matcher(line).matches()
                || (dash || pageMark) && line.length() <= 24 && PAGE_NUMBER.matcher(line).matches()) {
            return "";
        }
        if (hash) {
            line = MD_HEADING.matcher(line).replaceFirst("");
        }
        if (emphasis && (line.contains("**") || line.contains("__"))) {
            line = MD_EMPHASIS.matcher(line).replaceAll("");
        }
        if (pipe && isPipeRow(line.strip())) {
            // A markdown pipe table row: cells become tab-separated like any other table.
            String inner = line.strip();
            int from = inner.startsWith("|") ? 1 : 0;
            inner = inner.substring(from, inner.endsWith("|") && inner.length() > from ? inner.length() - 1 : inner.length());
            line = String.join("\t", inner.split("\\|", -1));
        }
        return line;
    }

    /**
     * A pipe-table row: markdown's (| a | b |), or a CMS copy's without the opening pipe (一、本年新收… | 0 | | 0 |),
     * whose every field is a cell as well. One trailing pipe alone (a cell copied per line, `0 |`) is not a row.
     */
    private static boolean isPipeRow(String stripped) {
        if (stripped.startsWith("|")) {
            return true;
        }
        return stripped.endsWith("|") && stripped.indexOf('|') < stripped.length() - 1;
    }

    /**
     * NFKC turns full-width digits and punctuation into ASCII; quotes fold to one form. Report text
     * is almost all ASCII, CJK ideographs and full-width forms, which are mapped here directly;
     * only a line with any other character goes through {@link Normalizer} (same result, slower).
     */
    static String normalize(String line) {
        char[] out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char m;
            if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF || c == '、' || c == '。' || c == '·' || c == '—'
                    || c >= '〈' && c <= '】') {
                continue;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                m = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                m = ' ';
            } else if (c == '“' || c == '”') {
                m = '"';
            } else if (c == '‘' || c == '’') {
                m = '\'';
            } else if (c == '〔') {
                m = '[';
            } else if (c == '〕') {
                m = ']';
            } else {
                return slowNormalize(line);
            }
            if (out == null) {
                out = line.toCharArray();
            }
            out[i] = m;
        }
        return out == null ? line : new String(out);
    }

    private static String slowNormalize(String line) {
        String n = Normalizer.normalize(line, Normalizer.Form.NFKC);
        return n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('〔', '[').replace('〕', ']');
    }

    /** The normalized line with all white space removed, for keyword matching. */
    String compact(int index) {
        String c = compact[index];
        if (c == null) {
            c = withoutWhitespace(norm.get(index));
            compact[index] = c;
        }
        return c;
    }

    private static String withoutWhitespace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !Chars.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!Chars.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
