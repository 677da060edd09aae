package cn.gongkai.report.parse;

/**
 * The date that ends a one-line report (…白水镇人民政府 2012年2月28日), and the run of Han characters right
 * before it: what {@code find()} of
 * {@code (\p{IsHan}{2,30})?\s*(20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$} in the region [from, end) gives,
 * read backwards from the end instead. The regex tried every offset of the region, each with a greedy run of
 * Han characters backtracked one by one (a script lookup per character): about 3 % of a one-line check.
 * {@code TrailingDateTests} compares the two on random text.
 */
final class TrailingDate {

    /** The regex's groups: where the date starts, and where the Han run before it starts (-1 if none). */
    record Found(int date, int han) {
    }

    private TrailingDate() {
    }

    static Found find(String s, int from) {
        int j = s.length();
        // $ also matches before one line terminator at the very end (\s takes the others).
        if (j - 1 >= from && isFinalTerminator(s.charAt(j - 1))) {
            j--;
        }
        j = skipSpaceBack(s, j, from);
        if (j - 1 < from || s.charAt(j - 1) != '日') {
            return null;
        }
        int at = numberBack(s, skipSpaceBack(s, j - 1, from), from, '月');
        if (at < 0) {
            return null;
        }
        at = numberBack(s, skipSpaceBack(s, at, from), from, '年');
        if (at < 0) {
            return null;
        }
        int q = skipSpaceBack(s, at, from) - 4; // 20\d{2}
        if (q < from || s.charAt(q) != '2' || s.charAt(q + 1) != '0' || !digit(s.charAt(q + 2))
                || !digit(s.charAt(q + 3))) {
            return null;
        }
        int w = skipSpaceBack(s, q, from);
        // The leftmost start: a run of 2–30 Han code points ending at w, else the white space before the date.
        int p = w;
        int count = 0;
        while (count < 30 && p > from) {
            int cp = Character.codePointBefore(s, p);
            int width = Character.charCount(cp);
            if (p - width < from || Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                break;
            }
            p -= width;
            count++;
        }
        return new Found(q, count >= 2 ? p : -1);
    }

    /**
     * Before offset {@code end}: one or two digits (\d{1,2}, no third), white space, then {@code unit}; the
     * offset of {@code unit}, or -1.
     */
    private static int numberBack(String s, int end, int from, char unit) {
        int i = end;
        while (i - 1 >= from && digit(s.charAt(i - 1)) && end - i < 3) {
            i--;
        }
        int digits = end - i;
        if (digits < 1 || digits > 2 || i - 1 >= from && digit(s.charAt(i - 1))) {
            return -1;
        }
        int u = skipSpaceBack(s, i, from) - 1;
        return u >= from && s.charAt(u) == unit ? u : -1;
    }

    /** The offset where the run of regex white space ({@code \s}) ending at {@code end} begins. */
    private static int skipSpaceBack(String s, int end, int from) {
        int i = end;
        while (i - 1 >= from && space(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isFinalTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
