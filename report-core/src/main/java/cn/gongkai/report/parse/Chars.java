package cn.gongkai.report.parse;

/**
 * Character tests the readers ask for every character of a report, answered for ASCII and the CJK ideographs
 * (nearly all of a report) without the JDK's Unicode tables, with exactly the JDK's answers.
 */
final class Chars {

    /** The strings of every digit run of one to three digits ("0", "07", "125"), made once. */
    private static final String[] DIGITS = new String[1110];

    static {
        for (int len = 1, base = 0, count = 10; len <= 3; base += count, len++, count *= 10) {
            for (int v = 0; v < count; v++) {
                DIGITS[base + v] = String.format("%0" + len + "d", v);
            }
        }
    }

    private Chars() {
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return false;
        }
        return Character.isWhitespace(c);
    }

    /** {@code s.substring(from, to)}; a run of one to three ASCII digits is a shared string. */
    static String digits(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3) {
            return s.substring(from, to);
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return s.substring(from, to); // a decimal ("1.5")
            }
            v = v * 10 + (c - '0');
        }
        return DIGITS[(len == 1 ? 0 : len == 2 ? 10 : 110) + v];
    }
}
