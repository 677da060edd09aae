package cn.gongkai.report.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as both renderers lay it out: column widths as shares of the table's width, header rows
 * (repeated on every page the table continues on), and rows of cells that may span columns and rows.
 * The Word and the PDF writer read the same grid, so a table looks the same in both.
 */
public final class Table {

    /** Horizontal placement of a cell's text. */
    public enum Align { LEFT, CENTER }

    /** One cell where it starts; {@code columns}×{@code rows} grid positions are covered by it. */
    public record Cell(String text, int columns, int rows, boolean header, Align align, boolean flagged) {

        public Cell(String text, int columns, int rows, boolean header, Align align) {
            this(text, columns, rows, header, align, false);
        }

        public Cell {
            if (columns < 1 || rows < 1) {
                throw new IllegalArgumentException("a cell spans at least one column and one row");
            }
        }
    }

    /** A cell placed on the grid: its first row and column. */
    public record Placed(Cell cell, int row, int column) {
    }

    private final double[] widths;
    private final int headerRows;
    private final List<List<Cell>> rows;
    private final Placed[][] grid;

    private Table(double[] widths, int headerRows, List<List<Cell>> rows) {
        this.widths = widths;
        this.headerRows = headerRows;
        this.rows = rows;
        this.grid = place(widths.length, rows);
    }

    /** Column widths in any unit (they are used as shares of their sum). */
    public static Builder columns(double... widths) {
        return new Builder(widths.clone());
    }

    public int columnCount() {
        return widths.length;
    }

    public int rowCount() {
        return rows.size();
    }

    public int headerRows() {
        return headerRows;
    }

    /** Share (0–1) of the table width taken by column {@code c}. */
    public double share(int c) {
        return widths[c] / Arrays.stream(widths).sum();
    }

    /** The cells that start in row {@code r}, left to right. */
    public List<Cell> row(int r) {
        return rows.get(r);
    }

    /** The cell covering grid position ({@code r}, {@code c}) and where it starts. */
    public Placed at(int r, int c) {
        return grid[r][c];
    }

    /** Builds the grid row by row; a cell's position is the first grid position not covered from above. */
    public static final class Builder {

        private final double[] widths;
        private int headerRows;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(double[] widths) {
            this.widths = widths;
        }

        /** Starts a header row (header rows come first). */
        public Builder header() {
            if (rows.size() != headerRows) {
                throw new IllegalStateException("header rows come before the body");
            }
            headerRows++;
            rows.add(new ArrayList<>());
            return this;
        }

        public Builder row() {
            rows.add(new ArrayList<>());
            return this;
        }

        /** A heading cell (bold, centred) of the current row. */
        public Builder th(String text, int columns, int rowSpan) {
            return add(new Cell(text, columns, rowSpan, true, Align.CENTER));
        }

        public Builder th(String text) {
            return th(text, 1, 1);
        }

        /** A body cell (centred: numbers, short labels). */
        public Builder td(String text, int columns, int rowSpan) {
            return add(new Cell(text, columns, rowSpan, false, Align.CENTER));
        }

        public Builder td(String text) {
            return td(text, 1, 1);
        }

        /** A body cell whose value is blank or could not be determined: highlighted where the format can. */
        public Builder flagged(String text) {
            return add(new Cell(text, 1, 1, false, Align.CENTER, true));
        }

        /** A row label: a body cell read as text, left-aligned. */
        public Builder label(String text, int columns, int rowSpan) {
            return add(new Cell(text, columns, rowSpan, false, Align.LEFT));
        }

        public Builder add(Cell cell) {
            if (rows.isEmpty()) {
                throw new IllegalStateException("start a row first");
            }
            rows.getLast().add(cell);
            return this;
        }

        public Table build() {
            return new Table(widths, headerRows, List.copyOf(rows.stream().map(List::copyOf).toList()));
        }
    }

    private static Placed[][] place(int columns, List<List<Cell>> rows) {
        Placed[][] grid = new Placed[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < columns && grid[r][c] != null) {
                    c++;
                }
                if (c + cell.columns() > columns || r + cell.rows() > rows.size()) {
                    throw new IllegalArgumentException("cell “" + cell.text() + "” does not fit the grid at row " + r);
                }
                Placed p = new Placed(cell, r, c);
                for (int dr = 0; dr < cell.rows(); dr++) {
                    for (int dc = 0; dc < cell.columns(); dc++) {
                        if (grid[r + dr][c + dc] != null) {
                            throw new IllegalArgumentException("cells overlap at row " + (r + dr) + ", column " + (c + dc));
                        }
                        grid[r + dr][c + dc] = p;
                    }
                }
                c += cell.columns();
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                if (grid[r][c] == null) {
                    throw new IllegalArgumentException("row " + r + " leaves column " + c + " empty");
                }
            }
        }
        return grid;
    }
}
