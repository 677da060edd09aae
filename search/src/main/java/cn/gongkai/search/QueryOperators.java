package cn.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The costly operators of a visitor's query, limited before it reaches either backend. Both run the words as
 * a simple query string (embedded Lucene's SimpleQueryParser, OpenSearch's {@code simple_query_string}), where
 * {@code word~N} is a fuzzy term, {@code "words"~N} a proximity phrase and {@code word*} a prefix: each expands
 * over the index's terms, so 25 {@code a~2} cost seconds (issue 11). Regular expressions and {@code ?} are no
 * operators of the simple syntax (both are plain characters the analyzer drops), so nothing reaches a regex or
 * a leading-wildcard scan. Limits: at most {@link #MAX_OPERATORS} such operators per query (the rest are
 * searched as plain words), fuzzy edit distance at most {@link #MAX_EDITS}, proximity at most
 * {@link #MAX_SLOP}, a prefix of at least {@link #MIN_PREFIX} characters, no term beginning with {@code *} or
 * {@code ?}. Each change is said in Chinese ({@link #notes}), so the search page tells the visitor.
 *
 * @param text  the query as it is searched
 * @param notes what was changed and why, for the visitor; empty when nothing was
 */
public record QueryOperators(String text, List<String> notes) {

    public static final int MAX_OPERATORS = 3;
    public static final int MAX_EDITS = 1;
    public static final int MAX_SLOP = 5;
    public static final int MIN_PREFIX = 2;
    /** Lucene's distance for a bare {@code word~}. */
    private static final int DEFAULT_EDITS = 2;

    public static QueryOperators limit(String text) {
        return new Limiter(text).run();
    }

    private static final class Limiter {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        private final Set<String> notes = new LinkedHashSet<>();
        private int i;
        private int operators;
        private int dropped;
        /** Characters of the term being written (0 right after a space, a quote or an operator). */
        private int term;

        Limiter(String in) {
            this.in = in;
        }

        QueryOperators run() {
            while (i < in.length()) {
                char c = in.charAt(i);
                if (c == '"') {
                    phrase();
                } else if (c == '~') {
                    i++;
                    int edits = number(DEFAULT_EDITS);
                    if (term > 0 && edits > 0 && allowed()) {
                        if (edits > MAX_EDITS) {
                            notes.add("模糊检索（~）最多允许相差 " + MAX_EDITS + " 个字符，已按 " + MAX_EDITS + " 检索");
                        }
                        out.append('~').append(Math.min(edits, MAX_EDITS));
                    }
                    term = 0;
                } else if (c == '*' || c == '?') {
                    i++;
                    wildcard(c);
                } else {
                    i++;
                    out.append(c);
                    term = Character.isWhitespace(c) || "()|+-".indexOf(c) >= 0 ? 0 : term + 1;
                }
            }
            if (dropped > 0) {
                notes.add("一次检索最多使用 " + MAX_OPERATORS + " 个模糊（~）、邻近（\"…\"~N）或前缀（*）运算，其余 "
                        + dropped + " 个已按普通词检索");
            }
            return new QueryOperators(out.toString(), List.copyOf(new ArrayList<>(notes)));
        }

        /** A quoted phrase, kept as it is, and its proximity {@code ~N} limited. */
        private void phrase() {
            int end = in.indexOf('"', i + 1);
            if (end < 0) { // an unclosed quote: searched as plain words
                out.append(' ');
                i++;
                term = 0;
                return;
            }
            out.append(in, i, end + 1);
            i = end + 1;
            term = 0;
            if (i < in.length() && in.charAt(i) == '~') {
                i++;
                int slop = number(0);
                if (slop > 0 && allowed()) {
                    if (slop > MAX_SLOP) {
                        notes.add("邻近检索（\"…\"~N）的间隔最多为 " + MAX_SLOP + "，已按 " + MAX_SLOP + " 检索");
                    }
                    out.append('~').append(Math.min(slop, MAX_SLOP));
                }
            }
        }

        /** {@code *} ends a term as a prefix; a term may not begin with it or with {@code ?}. */
        private void wildcard(char c) {
            boolean ends = i >= in.length() || Character.isWhitespace(in.charAt(i)) || "()|+\"".indexOf(in.charAt(i)) >= 0;
            if (term == 0) {
                notes.add("不支持以 * 或 ? 开头的通配检索，已去掉该符号");
                return; // already at a word's boundary
            }
            if (c == '*' && ends) {
                if (term < MIN_PREFIX) {
                    notes.add("前缀检索（*）前至少要有 " + MIN_PREFIX + " 个字，已按普通词检索");
                } else if (allowed()) {
                    out.append('*');
                }
                term = 0;
                return;
            }
            out.append(' '); // a ? or an inner * is no operator here; a space keeps the words apart
            term = 0;
        }

        /** Whether one more operator may be used; counts the ones that may not. */
        private boolean allowed() {
            if (operators < MAX_OPERATORS) {
                operators++;
                return true;
            }
            dropped++;
            return false;
        }

        /** The digits at {@code i} (at most 9 read, the rest skipped), or {@code otherwise} when there are none. */
        private int number(int otherwise) {
            int start = i;
            long value = 0;
            while (i < in.length() && in.charAt(i) >= '0' && in.charAt(i) <= '9') {
                value = Math.min(Integer.MAX_VALUE, value * 10 + (in.charAt(i) - '0'));
                i++;
            }
            return i == start ? otherwise : (int) value;
        }
    }
}
