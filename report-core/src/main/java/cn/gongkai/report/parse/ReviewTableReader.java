package cn.gongkai.report.parse;

import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.Identities;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers 表四: one row of 15 values under a header without numbers. When the row is a tab
 * layout with empty cells, their positions are known and they stay blank; otherwise fewer values
 * than cells are placed by {@link RowResolver}.
 */
final class ReviewTableReader {

    private static final int CELLS = 15;

    private ReviewTableReader() {
    }

    static ReviewTable read(Lines lines, Region region, int from, int to, int headingLine, SourceMap map) {
        List<Token> tokens = beforeProse(lines, region.tokens);
        int line = tokens.isEmpty() ? headingLine + 1 : tokens.get(0).line();
        map.reviewLine = line;
        Grid grid = new Grid(1, CELLS, Identities.reviewTable());
        int[] present = new int[CELLS];
        for (int i = 0; i < CELLS; i++) {
            present[i] = i;
        }
        List<Token> positional = tokens.size() < CELLS ? positional(lines, tokens) : null;
        RowResolver.Result result = RowResolver.resolve(grid, 0, present, positional != null ? positional : tokens);
        Long[] v = result.values();
        if (!result.inferred().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (int c : result.inferred()) {
                values.add(String.valueOf(v[c]));
            }
            map.cellNotes.add(new SourceMap.CellNote("四", null, ids(result.inferred()), line, true,
                    result.note() == null ? "" : result.note(), values));
        }
        if ("单元格为空".equals(result.note())) {
            // Blanks whose positions are known (tab fields, dashes): each stays unknown with its own CELL-MISSING,
            // and the value the identities imply (总计 = 维持 + 纠正 + 其他 + 尚未审结 per group) is said there,
            // never put in the cell.
            System.arraycopy(v, 0, grid.cells[0], 0, CELLS);
            boolean[] blank = new boolean[CELLS];
            result.missing().forEach(c -> blank[c] = true);
            Long[] implied = BlankSuggestions.implied(grid, 0, blank);
            for (int c : result.missing()) {
                map.cellNotes.add(new SourceMap.CellNote("四", null, ids(List.of(c)), line, false,
                        BlankSuggestions.note(implied == null ? null : implied[c]), List.of()));
            }
        } else if (!result.missing().isEmpty()) {
            map.cellNotes.add(new SourceMap.CellNote("四", null, ids(result.missing()), line, false,
                    tokens.isEmpty() ? "未找到表四的数字" : (result.note() == null ? "单元格为空" : result.note()), List.of()));
        }
        return new ReviewTable(group(v, 0), group(v, 1), group(v, 2));
    }

    /**
     * The table's numbers without those of the prose after it: when section 五's heading is missing, the region runs on
     * into its paragraphs (针对 2024 年工作中…采取 3 项措施). Cut at the first line after the numbers that is a sentence,
     * and only when that leaves exactly the table's 15; otherwise all, as found.
     */
    private static List<Token> beforeProse(Lines lines, List<Token> tokens) {
        if (tokens.size() <= CELLS) {
            return tokens;
        }
        int last = tokens.get(0).line();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (int l = last + 1; l <= t.line(); l++) {
                String c = lines.compact(l - 1);
                if (c.length() > 15 && (c.indexOf('，') >= 0 || c.indexOf(',') >= 0 || c.indexOf('。') >= 0)) {
                    return i == CELLS ? tokens.subList(0, CELLS) : tokens;
                }
            }
            last = t.line();
        }
        return tokens;
    }

    /**
     * The values of a single tab-separated data row with its empty cells as blank tokens, when the
     * row has exactly 15 cells; null otherwise.
     */
    private static List<Token> positional(Lines lines, List<Token> tokens) {
        CellFields.LineFields line = CellFields.LineFields.of(lines, tokens);
        if (line == null) {
            return null;
        }
        int lineNo = line.line();
        List<String> fields = new ArrayList<>(List.of(line.fields()));
        while (fields.size() > CELLS && fields.get(fields.size() - 1).isBlank()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() != CELLS) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        for (String f : fields) {
            String s = f.strip();
            if (s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("/")) {
                out.add(new Token(null, lineNo, 0));
            } else if (s.matches("\\d+")) {
                out.add(new Token(s, lineNo, 0));
            } else {
                return null;
            }
        }
        return out;
    }

    private static List<String> ids(List<Integer> columns) {
        List<String> out = new ArrayList<>();
        for (int c : columns) {
            out.add(ReviewGroup.values()[c / 5].id() + "." + ReviewOutcomes.COLUMN_IDS.get(c % 5));
        }
        return out;
    }

    private static ReviewOutcomes group(Long[] v, int g) {
        List<Cell> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Long x = v[g * 5 + i];
            five.add(x == null ? Cell.unknown() : Cell.of(x));
        }
        return ReviewOutcomes.of(five);
    }
}
