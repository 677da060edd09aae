package cn.gongkai.report.parse;

/**
 * A fixed set of literal words looked for in one pass over a line: a word is tried only where its
 * first character stands. Replaces regex alternations of plain words ({@code 网站地图|版权所有|…}),
 * which try every alternative at every offset of every line.
 */
final class Words {

    private final String[] words;
    /** Each word's first character, in the words' order: compared before {@code startsWith} is called. */
    private final char[] firsts;
    private final CharSet first = CharSet.of("");

    private Words(String[] words) {
        this.words = words;
        this.firsts = new char[words.length];
        for (int i = 0; i < words.length; i++) {
            firsts[i] = words[i].charAt(0);
            first.add(firsts[i]);
        }
    }

    static Words of(String... words) {
        return new Words(words.clone());
    }

    /** Whether any of the words occurs in {@code s}. */
    boolean in(String s) {
        return indexIn(s, 0) >= 0;
    }

    /** The first offset at or after {@code from} where one of the words starts, or -1. */
    int indexIn(String s, int from) {
        for (int at = Math.max(0, from); at < s.length(); at++) {
            if (startsAt(s, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether one of the words stands wholly inside [{@code from}, {@code to}) of {@code s}: what
     * {@code in(s.substring(from, to))} says, without the copy.
     */
    boolean within(String s, int from, int to) {
        for (int at = Math.max(0, from); at < to; at++) {
            char c = s.charAt(at);
            if (!first.has(c)) {
                continue;
            }
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (firsts[i] == c && at + w.length() <= to && s.startsWith(w, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the words starts at offset {@code at} of {@code s}. */
    boolean startsAt(String s, int at) {
        return lengthAt(s, at) > 0;
    }

    /** The length of the first word (in the order given, as a regex alternation tries them) at {@code at}, or 0. */
    int lengthAt(String s, int at) {
        char c = s.charAt(at);
        if (!first.has(c)) {
            return 0;
        }
        // Common characters (信、上、发…) open some word: most of the words are skipped on their first character.
        for (int i = 0; i < words.length; i++) {
            if (firsts[i] == c && s.startsWith(words[i], at)) {
                return words[i].length();
            }
        }
        return 0;
    }

    /** {@code s} without any occurrence of the words, left to right (as {@code replaceAll("")} of their alternation). */
    String removeFrom(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = 0; at < s.length(); ) {
            int len = lengthAt(s, at);
            if (len == 0) {
                at++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, at);
            at += len;
            copied = at;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }
}
