package cn.gongkai.report.parse;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cell the source leaves blank (表三 and 表四) stays unknown (the contract: blank is null, never a value the
 * parser chose). When the table's identities fix what it should have held, that value is said in
 * the CELL-MISSING message, as a suggestion for whoever corrects the report.
 */
final class BlankSuggestions {

    private BlankSuggestions() {
    }

    /** The message of a blank cell, with the value the identities imply when they fix one. */
    static String note(@Nullable Long implied) {
        return implied == null ? "单元格为空" : "单元格为空（按表内勾稽关系应为 " + implied + "，请核实后补上）";
    }

    /**
     * Row {@code r} with the {@code blank} cells filled where the table's identities fix them, the grid
     * left as it was; null when the identities cannot hold with the row as written.
     */
    static @Nullable Long[] implied(Grid grid, int r, boolean[] blank) {
        Long[] saved = grid.cells[r].clone();
        boolean solvable = grid.focus(r).solve(blank);
        Long[] implied = grid.cells[r].clone();
        System.arraycopy(saved, 0, grid.cells[r], 0, saved.length);
        return solvable ? implied : null;
    }

    /** 表三: the CELL-MISSING notes of the blank cells of {@code blankRows} get their implied values. */
    static void add(Grid grid, List<Integer> blankRows, int[] present, SourceMap map) {
        for (int r : blankRows) {
            Long[] saved = grid.cells[r].clone();
            boolean[] allowed = new boolean[saved.length];
            for (int c : present) {
                allowed[c] = saved[c] == null;
            }
            Long[] implied = implied(grid, r, allowed);
            boolean solvable = implied != null;
            String rowId = RequestRow.values()[r].id();
            for (int i = 0; i < map.cellNotes.size(); i++) {
                SourceMap.CellNote note = map.cellNotes.get(i);
                if (!"三".equals(note.table()) || !rowId.equals(note.row()) || note.inferred() || note.columns().size() != 1) {
                    continue;
                }
                int c = ApplicantColumn.valueOf(columnEnum(note.columns().get(0))).ordinal();
                if (solvable && saved[c] == null && implied[c] != null) {
                    map.cellNotes.set(i, new SourceMap.CellNote(note.table(), note.row(), note.columns(), note.line(), false,
                            note(implied[c]), List.of()));
                }
            }
        }
    }

    private static String columnEnum(String id) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.id().equals(id)) {
                return c.name();
            }
        }
        throw new IllegalArgumentException(id);
    }
}
