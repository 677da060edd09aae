package cn.gongkai.report.parse;

/**
 * A fixed set of characters, asked of every character of a long line (heading numerals, the first characters of
 * marker words). One bit per code unit in a 1,024-word table indexed by the char itself: a {@code char} is always in
 * range, so the lookup needs neither {@link java.util.BitSet}'s sign and size checks nor a bounds check the JIT cannot
 * drop.
 */
final class CharSet {

    private final long[] bits = new long[1 << 10];

    private CharSet() {
    }

    static CharSet of(CharSequence chars) {
        CharSet set = new CharSet();
        chars.chars().forEach(c -> set.add((char) c));
        return set;
    }

    void add(char c) {
        bits[c >>> 6] |= 1L << c;
    }

    boolean has(char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }
}
