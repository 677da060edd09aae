package cn.gongkai.report.parse;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import java.util.List;

/**
 * A cell the source leaves blank stays unknown (the contract: blank is null, never a value the
 * parser chose). When the table's identities fix what it should have held, that value is said in
 * the CELL-MISSING message, as a suggestion for whoever corrects the report.
 */
final class BlankSuggestions {

    private BlankSuggestions() {
    }

    static void add(Grid grid, List<Integer> blankRows, int[] present, SourceMap map) {
        for (int r : blankRows) {
            Long[] saved = grid.cells[r].clone();
            boolean[] allowed = new boolean[saved.length];
            for (int c : present) {
                allowed[c] = saved[c] == null;
            }
            boolean solvable = grid.focus(r).solve(allowed);
            Long[] implied = grid.cells[r].clone();
            System.arraycopy(saved, 0, grid.cells[r], 0, saved.length);
            String rowId = RequestRow.values()[r].id();
            for (int i = 0; i < map.cellNotes.size(); i++) {
                SourceMap.CellNote note = map.cellNotes.get(i);
                if (!"三".equals(note.table()) || !rowId.equals(note.row()) || note.inferred() || note.columns().size() != 1) {
                    continue;
                }
                int c = ApplicantColumn.valueOf(columnEnum(note.columns().get(0))).ordinal();
                if (solvable && saved[c] == null && implied[c] != null) {
                    map.cellNotes.set(i, new SourceMap.CellNote(note.table(), note.row(), note.columns(), note.line(), false,
                            "单元格为空（按表内勾稽关系应为 " + implied[c] + "，请核实后补上）", List.of()));
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
