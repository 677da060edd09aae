package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table row by cell position when the source keeps its cells apart (tabs from HTML and DOCX
 * tables, pipe tables, TAB text): an empty cell is then a known blank in a known column, not a
 * number that went missing somewhere in the row.
 *
 * <p>In HTML, DOCX and pipe tables every field is a cell, so the fields after the row's label are
 * its data cells. Text pasted from a page (TAB text) also carries empty fields for merged label
 * cells and stray tabs at the end: see {@link #row} for which empty fields count as blanks there.
 */
final class CellFields {

    private CellFields() {
    }

    /**
     * The row's cells as tokens (blank ones with a null number) when they can be read by position
     * and include a blank; null otherwise.
     */
    static @Nullable List<Token> row(Lines lines, List<Token> tokens, int cells, boolean explicitSource) {
        return row(lines, tokens, cells, explicitSource, -1, 0, true);
    }

    /**
     * Whether the table's one-field labels span two label columns (`一、本年新收…⇥⇥5⇥1…`, seed 000) rather than
     * one (`一、本年新收…⇥5⇥1…`): what the rows written in full show, most of them deciding; spanning when none
     * shows either (the seeds' layout). Decides what an empty field right after such a label is: the span, or a
     * blank first cell.
     */
    static boolean labelsSpan(Lines lines, List<Token>[] rowTokens, int cells) {
        int span = 0;
        int plain = 0;
        for (List<Token> tokens : rowTokens) {
            LineFields line = tokens.size() == cells ? LineFields.of(lines, tokens) : null;
            if (line == null || line.fields().length < 2 || line.fields()[0].isBlank() || isValue(line.fields()[0].strip())) {
                continue;
            }
            String second = line.fields()[1].strip();
            if (second.isEmpty()) {
                span++;
            } else if (isValue(second)) {
                plain++;
            }
        }
        return span >= plain;
    }

    /**
     * As {@link #row(Lines, List, int, boolean)} ({@code labelsSpan}: {@link #labelsSpan}); a row without any number (every cell blank, as in a real
     * report's HTML of &amp;nbsp; cells) is read at {@code labelLine} (1-based, -1 for none), so its cells are
     * known blanks rather than numbers the identities could fill in.
     */
    static @Nullable List<Token> row(Lines lines, List<Token> tokens, int cells, boolean explicitSource, int labelLine,
            int labelPos, boolean labelsSpan) {
        LineFields line = tokens.isEmpty() ? LineFields.at(lines, labelLine) : LineFields.of(lines, tokens);
        if (line == null) {
            return null;
        }
        int lineNo = line.line();
        boolean explicit = explicitSource || lines.isPipeRow(lineNo - 1);
        String[] fields = line.fields();
        int label = -1;
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i].strip();
            if (!f.isEmpty() && !isValue(f)) {
                label = i;
            }
        }
        List<String> data = new ArrayList<>();
        for (int i = label + 1; i < fields.length; i++) {
            data.add(fields[i].strip());
        }
        if (explicit) {
            // Surplus empty fields at the ends are a label cell spanning two label columns, or padding.
            while (data.size() > cells && data.get(data.size() - 1).isEmpty()) {
                data.remove(data.size() - 1);
            }
            while (data.size() > cells && data.get(0).isEmpty()) {
                data.remove(0);
            }
        } else {
            // Pasted text: a label in the first field may span both label columns, so one empty field after
            // it is that span (seed 000; see labelsSpan); a trailing empty field is as often a stray tab as a blank last
            // cell (seed 003), so its column is not known. Other empty fields are blanks in known columns.
            if (label == 0 && !data.isEmpty() && data.get(0).isEmpty() && (labelsSpan || data.size() > cells)) {
                data.remove(0);
            }
            while (!data.isEmpty() && data.get(data.size() - 1).isEmpty()) {
                data.remove(data.size() - 1);
            }
        }
        if (data.size() != cells || !data.contains("")) {
            return null;
        }
        if (tokens.isEmpty() && !explicit) {
            return null; // pasted text without a number: its empty fields say nothing sure
        }
        List<Token> out = new ArrayList<>();
        int pos = tokens.isEmpty() ? labelPos : tokens.get(0).pos();
        int numbers = 0;
        for (String f : data) {
            if (f.isEmpty() || isPlaceholder(f)) {
                out.add(new Token(null, lineNo, pos));
            } else {
                out.add(new Token(f, lineNo, pos));
                numbers++;
            }
        }
        long written = tokens.stream().filter(t -> !t.isBlank()).count();
        return numbers == written ? out : null;
    }

    /** The TAB-separated fields of the one line that holds every token of a row, with that line's number. */
    record LineFields(int line, String[] fields) {

        /** Null when there are no tokens, they stand on several lines, or their line has no TAB. */
        static @Nullable LineFields of(Lines lines, List<Token> tokens) {
            if (tokens.isEmpty()) {
                return null;
            }
            int lineNo = tokens.get(0).line();
            for (Token t : tokens) {
                if (t.line() != lineNo) {
                    return null;
                }
            }
            String row = lines.norm.get(lineNo - 1);
            return row.indexOf('\t') < 0 ? null : new LineFields(lineNo, row.split("\t", -1));
        }

        /** The fields of line {@code lineNo} (1-based), null when out of range or without a TAB. */
        static @Nullable LineFields at(Lines lines, int lineNo) {
            if (lineNo < 1 || lineNo > lines.size()) {
                return null;
            }
            String row = lines.norm.get(lineNo - 1);
            return row.indexOf('\t') < 0 ? null : new LineFields(lineNo, row.split("\t", -1));
        }
    }

    private static boolean isValue(String f) {
        return isPlaceholder(f) || f.matches("\\d+(?:\\.\\d+)?");
    }

    private static boolean isPlaceholder(String f) {
        return f.equals("-") || f.equals("—") || f.equals("/") || f.equals("–") || f.equals("―");
    }
}
