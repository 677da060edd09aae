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

    public static Cell of(long value) {
        return new Cell(value, true);
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
