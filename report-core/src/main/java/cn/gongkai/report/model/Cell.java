package cn.gongkai.report.model;

/**
 * One numeric cell of a statistical table: a non-negative count, or unknown.
 *
 * <p>Unknown means blank in the source or not recoverable without guessing. Unknown is never zero:
 * a rule that needs an unknown cell reports that it could not check, instead of a false error.
 */
public record Cell(long value, boolean known) {

    private static final Cell UNKNOWN = new Cell(0, false);

    public Cell {
        if (known && value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
    }

    /** The cells of small counts, made once: a check makes a few hundred cells, nearly all of them small. */
    private static final Cell[] SMALL = new Cell[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Cell(i, true);
        }
    }

    public static Cell of(long value) {
        return value >= 0 && value < SMALL.length ? SMALL[(int) value] : new Cell(value, true);
    }

    public static Cell unknown() {
        return UNKNOWN;
    }

    /** The value; only call when {@link #known()}. */
    @Override
    public long value() {
        if (!known) {
            throw new IllegalStateException("unknown cell has no value");
        }
        return value;
    }

    @Override
    public String toString() {
        return known ? Long.toString(value) : "?";
    }
}
