package cn.gongkai.report.model;

import java.util.Arrays;

/** 表三: 25 rows × 7 columns of cells; immutable. */
public final class RequestTable {

    private final Cell[][] cells;

    private RequestTable(Cell[][] cells) {
        this.cells = cells;
    }

    public Cell get(RequestRow row, ApplicantColumn column) {
        return cells[row.ordinal()][column.ordinal()];
    }

    public static RequestTable allUnknown() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        for (int r = 0; r < RequestRow.COUNT; r++) {
            b.cells[r] = cells[r].clone();
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestTable other && Arrays.deepEquals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (RequestRow row : RequestRow.values()) {
            sb.append(row.id()).append(Arrays.toString(cells[row.ordinal()])).append('\n');
        }
        return sb.toString();
    }

    /** Collects cells; every cell not set stays unknown. */
    public static final class Builder {
        private final Cell[][] cells = new Cell[RequestRow.COUNT][ApplicantColumn.COUNT];

        private Builder() {
            for (Cell[] row : cells) {
                Arrays.fill(row, Cell.unknown());
            }
        }

        public Builder set(RequestRow row, ApplicantColumn column, Cell cell) {
            cells[row.ordinal()][column.ordinal()] = cell;
            return this;
        }

        public Cell get(RequestRow row, ApplicantColumn column) {
            return cells[row.ordinal()][column.ordinal()];
        }

        public RequestTable build() {
            Cell[][] copy = new Cell[RequestRow.COUNT][];
            for (int r = 0; r < RequestRow.COUNT; r++) {
                copy[r] = cells[r].clone();
            }
            return new RequestTable(copy);
        }
    }
}
