package cn.gongkai.report.parse;

import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.StatedDocumentCounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Recovers 表二: six labelled rows, ten values. No identities tie them, so nothing is inferred. */
final class ProactiveTableReader {

    private record RowSpec(String id, String key, int values, String label) {
    }

    private static final List<RowSpec> ROWS = List.of(
            new RowSpec("rules", "规章", 3, "规章"),
            new RowSpec("normativeDocuments", "规范性文件", 3, "行政规范性文件"),
            new RowSpec("licensing", "行政许可", 1, "行政许可"),
            new RowSpec("penalty", "行政处罚", 1, "行政处罚"),
            new RowSpec("coerciveMeasure", "行政强制", 1, "行政强制"),
            new RowSpec("administrativeFees", "事业性收费", 1, "行政事业性收费"));

    private static final List<String> COUNT_COLUMNS = List.of("issued", "repealed", "inForce");

    private ProactiveTableReader() {
    }

    static ProactiveTable read(Lines lines, Region region, int headingLine, boolean explicitCells, SourceMap map,
            @Nullable StatedDocumentCounts stated) {
        int[][] found = new int[ROWS.size()][];
        int cursor = 0;
        for (int i = 0; i < ROWS.size(); i++) {
            String key = ROWS.get(i).key(); // a plain word: indexOf, not a regex
            int at = region.text.indexOf(key, cursor);
            if (at >= 0) {
                found[i] = new int[] {at, at + key.length()};
                cursor = at + key.length();
            }
        }
        // A row printed before an earlier one (a converter that wrote 行政许可 0 as text and the 规章 row as a table
        // after it): looked for from the start, where no row found in order stands.
        for (int i = 0; i < ROWS.size(); i++) {
            if (found[i] == null) {
                found[i] = outOfOrder(region.text, ROWS.get(i).key(), found);
            }
        }
        List<List<@Nullable Long>> counts = new ArrayList<>();
        BigDecimal fee = null;
        for (int i = 0; i < ROWS.size(); i++) {
            RowSpec spec = ROWS.get(i);
            if (found[i] == null) {
                map.cellNotes.add(new SourceMap.CellNote("二", spec.id(), List.of(), headingLine + 1, false,
                        "未找到“" + spec.label() + "”这一行", List.of()));
                counts.add(unknowns(spec.values()));
                continue;
            }
            int end = region.text.length() + 1;
            for (int[] other : found) {
                if (other != null && other[0] > found[i][0] && other[0] < end) {
                    end = other[0]; // the row whose label comes next in the text
                }
            }
            List<Token> tokens = region.tokensBetween(found[i][1], end);
            int line = tokens.isEmpty() ? region.lineOf(found[i][0], headingLine) : tokens.get(0).line();
            map.proactiveRowLines.put(spec.id(), line);
            if (spec.id().equals("administrativeFees")) {
                fee = fee(tokens, line, map);
                continue;
            }
            if (tokens.size() < spec.values()) {
                // Cells kept apart (| 规章 | 0 | 0 | |, a TAB row, an HTML &nbsp; cell): a blank is known in its column.
                List<Token> cells = CellFields.row(lines, tokens, spec.values(), explicitCells, line, found[i][1], true);
                tokens = cells == null ? tokens : cells;
            }
            counts.add(values(spec, tokens, line, map, spec.id().equals("normativeDocuments") ? stated : null));
        }
        return new ProactiveTable(documents(counts.get(0)), documents(counts.get(1)), cell(counts.get(2).get(0)),
                cell(counts.get(3).get(0)), cell(counts.get(4).get(0)), fee);
    }

    private static int @Nullable [] outOfOrder(String text, String key, int[][] found) {
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            boolean taken = false;
            for (int[] f : found) {
                taken |= f != null && at < f[1] && at + key.length() > f[0];
            }
            if (!taken) {
                return new int[] {at, at + key.length()};
            }
        }
        return null;
    }

    private static List<@Nullable Long> values(RowSpec spec, List<Token> tokens, int line, SourceMap map,
            @Nullable StatedDocumentCounts stated) {
        if (tokens.size() < spec.values()) {
            List<Token> split = split(tokens, spec.values(), line);
            if (split != null) {
                List<String> values = new ArrayList<>();
                split.forEach(t -> values.add(t.number()));
                map.cellNotes.add(new SourceMap.CellNote("二", spec.id(), columns(spec), line, true,
                        "数字连写为“" + SplitResolver.written(tokens) + "”，只有一种拆分", values));
                tokens = split;
            } else if (stated != null && !tokens.isEmpty()) {
                List<@Nullable Long> agreed = byStatedCounts(spec, tokens, line, map, stated);
                if (agreed != null) {
                    return agreed;
                }
            }
        }
        if (tokens.size() != spec.values()) {
            String why = tokens.size() < spec.values()
                    ? "该行只有 " + tokens.size() + " 个数字（应为 " + spec.values() + " 个），无法确定对应哪一列"
                    : "该行有 " + tokens.size() + " 个数字，多于 " + spec.values() + " 列";
            map.cellNotes.add(new SourceMap.CellNote("二", spec.id(), columns(spec), line, false, why, List.of()));
            return unknowns(spec.values());
        }
        List<@Nullable Long> out = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Long v = RowResolver.parse(tokens.get(i));
            out.add(v);
            if (v == null) {
                blank.add(columns(spec).get(i));
            }
        }
        if (!blank.isEmpty()) {
            map.cellNotes.add(new SourceMap.CellNote("二", spec.id(), blank, line, false, "单元格为空", List.of()));
        }
        return out;
    }

    /**
     * Digits run together ("215" for 2, 1, 5): 表二 has no sums to check a split against, so only the
     * one split there is without choice (as many digits as cells, or zeros) is taken.
     */
    private static @Nullable List<Token> split(List<Token> tokens, int cells, int line) {
        List<String> runs = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isBlank() || t.number().contains(".")) {
                return null;
            }
            runs.add(t.number());
        }
        int[] free = new int[cells];
        java.util.Arrays.fill(free, 1);
        DigitSplitter.Outcome outcome = DigitSplitter.split(runs, free);
        if (outcome.capped() || outcome.candidates().size() != 1) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        for (long v : outcome.candidates().get(0)) {
            out.add(new Token(Long.toString(v), line, tokens.get(0).pos()));
        }
        return out;
    }

    /**
     * 行政规范性文件 written together with several splits ("8855698"): the counts section 一 states (制发88件、现行有效698件)
     * keep the splits that agree with every one of them; a cell is read where all those splits agree, the others stay
     * unknown. Null when no split agrees with the prose or none of the cells is fixed (then the row is unknown as before).
     */
    private static @Nullable List<@Nullable Long> byStatedCounts(RowSpec spec, List<Token> tokens, int line, SourceMap map,
            StatedDocumentCounts stated) {
        List<String> runs = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isBlank() || t.number().contains(".")) {
                return null;
            }
            runs.add(t.number());
        }
        int[] free = new int[spec.values()];
        java.util.Arrays.fill(free, 1);
        DigitSplitter.Outcome outcome = DigitSplitter.split(runs, free);
        if (outcome.capped()) {
            return null;
        }
        Long[] said = {stated.issued(), stated.repealed(), stated.inForce()};
        List<long[]> kept = new ArrayList<>();
        for (long[] c : outcome.candidates()) {
            boolean agrees = true;
            for (int i = 0; i < said.length; i++) {
                agrees &= said[i] == null || said[i] == c[i];
            }
            if (agrees) {
                kept.add(c);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        List<@Nullable Long> out = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> fixedValues = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < spec.values(); i++) {
            long first = kept.get(0)[i];
            boolean agree = true;
            for (long[] c : kept) {
                agree &= c[i] == first;
            }
            out.add(agree ? first : null);
            (agree ? fixed : open).add(columns(spec).get(i));
            if (agree) {
                fixedValues.add(Long.toString(first));
            }
        }
        if (fixed.isEmpty()) {
            return null;
        }
        String why = "数字连写为“" + SplitResolver.written(tokens) + "”，有 " + outcome.candidates().size() + " 种拆分；与第一部分所述的件数相符的有 "
                + kept.size() + " 种";
        map.cellNotes.add(new SourceMap.CellNote("二", spec.id(), fixed, line, true, why, fixedValues));
        if (!open.isEmpty()) {
            map.cellNotes.add(new SourceMap.CellNote("二", spec.id(), open, line, false, why + "，其余单元格无法确定", List.of()));
        }
        return out;
    }

    private static @Nullable BigDecimal fee(List<Token> tokens, int line, SourceMap map) {
        if (tokens.size() == 1 && !tokens.get(0).isBlank()) {
            return new BigDecimal(tokens.get(0).number());
        }
        map.cellNotes.add(new SourceMap.CellNote("二", "administrativeFees", List.of("tenThousandYuan"), line, false,
                tokens.isEmpty() || tokens.get(0).isBlank() ? "单元格为空" : "该行有 " + tokens.size() + " 个数字，应为 1 个",
                List.of()));
        return null;
    }

    private static List<String> columns(RowSpec spec) {
        return spec.values() == 3 ? COUNT_COLUMNS : List.of("decisions");
    }

    private static List<@Nullable Long> unknowns(int n) {
        List<@Nullable Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        return out;
    }

    private static DocumentCounts documents(List<@Nullable Long> v) {
        return new DocumentCounts(cell(v.get(0)), cell(v.get(1)), cell(v.get(2)));
    }

    private static Cell cell(@Nullable Long v) {
        return v == null ? Cell.unknown() : Cell.of(v);
    }
}
