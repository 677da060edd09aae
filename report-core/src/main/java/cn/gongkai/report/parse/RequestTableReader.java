package cn.gongkai.report.parse;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.Identities;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recovers 表三 from its region: the header tells which of the seven columns are present; each row
 * is found by a keyword of its label, in order, and its values are the numbers between its label
 * and the next row's.
 */
final class RequestTableReader {

    private static final Pattern OLD_OTHER_HANDLING = Pattern.compile("\\(六\\)其他处理|其他处理");
    /** The group captions of 表三: （三）–（六） with their four group names, and the column caption 三、本年度办理结果. */
    private static final Words GROUP_CAPTION = captions();
    private static final Pattern MARKER = Pattern.compile("(?:\\d\\.|\\([一二三四五六七]\\)|[一二三四]、)");

    /** How far before a row's keyword its item number may stand (（三）不予公开1.属于…). */
    private static final int LABEL_LOOKBACK = 24;

    private static Words captions() {
        List<String> words = new ArrayList<>();
        for (String numeral : List.of("三", "四", "五", "六")) {
            for (String group : List.of("不予公开", "无法提供", "不予处理", "其他处理")) {
                words.add("(" + numeral + ")" + group);
            }
        }
        words.add("三、本年度办理结果");
        words.add("本年度办理结果");
        return Words.of(words.toArray(String[]::new));
    }


    private RequestTableReader() {
    }

    /**
     * A bare 总计 right after the header's 法人或其他组织 (自然人 | 法人或其他组织 | 总计): the 总计 column's heading. A capture cut
     * after the header read it as row (七) with its empty cells blank.
     */
    private static boolean isHeaderTotal(String text, int[] m) {
        return m[1] - m[0] == 2 && m[0] >= 2 && text.startsWith("组织", m[0] - 2);
    }

    static RequestTable read(Lines lines, Region region, int headingLine, boolean explicitCells, boolean textStopsInTable,
            SourceMap map) {
        Match[] found = new Match[RequestRow.COUNT];
        int cursor = 0;
        for (RequestRow row : RequestRow.values()) {
            int[] m = RequestRowSpecs.find(row, region.text, cursor);
            while (m != null && row == RequestRow.HANDLED_TOTAL && isHeaderTotal(region.text, m)) {
                m = RequestRowSpecs.find(row, region.text, m[1]); // the header's column, not the row (七)
            }
            if (m != null) {
                found[row.ordinal()] = new Match(m[0], m[1]);
                cursor = m[1];
            }
        }
        boolean oldOtherHandling = found[RequestRow.OTHER_CORRECTION_OVERDUE.ordinal()] == null
                && found[RequestRow.OTHER_FEE_UNPAID.ordinal()] == null
                && found[RequestRow.OTHER_HANDLING.ordinal()] == null;
        if (oldOtherHandling) {
            // The 2019 format had one （六）其他处理 row without sub-items: read it as 3.其他.
            int from = found[RequestRow.NOT_PROCESSED_CONFIRMATION.ordinal()] == null
                    ? 0 : found[RequestRow.NOT_PROCESSED_CONFIRMATION.ordinal()].end;
            Matcher m = OLD_OTHER_HANDLING.matcher(region.text);
            if (m.find(from)) {
                found[RequestRow.OTHER_HANDLING.ordinal()] = new Match(m.start(), m.end());
                map.oldTemplateMarkers.add(new SourceMap.Mention("（六）其他处理（无 1–3 子项）", region.lineOf(m.start(), headingLine)));
            }
        }
        int firstLabel = region.text.length();
        for (Match m : found) {
            if (m != null) {
                firstLabel = Math.min(firstLabel, m.start);
                break;
            }
        }
        int[][] labelSpans = new int[RequestRow.COUNT][];
        List<Token>[] rowTokens = tokensPerRow(region, found, labelSpans);
        int[] present = presentColumns(region.text.substring(0, firstLabel), commonCount(rowTokens), map);
        map.requestHeaderLine = region.lineOf(0, headingLine);
        int last = RequestRow.COUNT - 1;
        while (last > 0 && found[last] == null) {
            last--; // the last row read: where a capture's cut may have left the next item's number
        }
        rowTokens[last] = CutItemNumber.trim(rowTokens[last], RequestRow.values()[last], present.length, region.text.length());

        Grid grid = new Grid(RequestRow.COUNT, ApplicantColumn.COUNT, Identities.requestTable());
        int[] rowLine = new int[RequestRow.COUNT];
        List<Integer> deferred = new ArrayList<>();
        List<Integer> blankRows = new ArrayList<>();
        boolean labelsSpan = CellFields.labelsSpan(lines, rowTokens, present.length);
        for (RequestRow row : RequestRow.values()) {
            int r = row.ordinal();
            Match m = found[r];
            if (m == null) {
                continue;
            }
            List<Token> tokens = rowTokens[r];
            rowLine[r] = tokens.isEmpty() ? region.lineOf(m.start, headingLine) : tokens.get(0).line();
            map.requestRowLines.put(row, rowLine[r]);
            // The label is all the text from its item number to the next row's, numbers aside: a
            // wrapped PDF label has its numbers in the middle.
            checkLabel(region, row, labelSpans[r][0], labelSpans[r][1], rowLine[r], map);
            RowResolver.Result cut = CutRow.of(textStopsInTable, r == last, tokens, present, ApplicantColumn.COUNT,
                    region.text.length());
            if (cut != null) {
                apply(grid, r, cut, rowLine[r], map);
                continue;
            }
            if (tokens.size() < present.length) {
                List<Token> cells = CellFields.row(lines, tokens, present.length, explicitCells, rowLine[r], m.start, labelsSpan);
                if (cells != null) {
                    tokens = cells;
                    rowTokens[r] = cells;
                    blankRows.add(r);
                }
            }
            if (tokens.size() == present.length) {
                if (!blankRows.contains(r) && tokens.stream().anyMatch(Token::isBlank)) {
                    blankRows.add(r); // a placeholder (—, /) or a bare | line: a known blank, so it gets a suggestion
                }
                apply(grid, r, RowResolver.resolve(grid, r, present, tokens), rowLine[r], map);
            } else {
                deferred.add(r);
            }
        }
        // Rows with too few numbers are placed last, against every complete row, and again while a
        // pass fixes more cells: one row's recovered total can settle another's.
        RowResolver.Result[] results = new RowResolver.Result[RequestRow.COUNT];
        for (int pass = 0; pass < 4 && !deferred.isEmpty(); pass++) {
            boolean changed = false;
            for (int r : deferred) {
                if (results[r] != null && results[r].missing().isEmpty()) {
                    continue; // settled: more known cells elsewhere cannot change it
                }
                java.util.Arrays.fill(grid.cells[r], null);
                RowResolver.Result result = RowResolver.resolve(grid, r, present, rowTokens[r]);
                System.arraycopy(result.values(), 0, grid.cells[r], 0, ApplicantColumn.COUNT);
                changed |= results[r] == null || !java.util.Arrays.equals(results[r].values(), result.values());
                results[r] = result;
            }
            if (!changed) {
                break;
            }
        }
        InferredRows.confirm(grid, deferred, results, rowTokens, present);
        for (int r : deferred) {
            apply(grid, r, results[r], rowLine[r], map);
        }
        BlankSuggestions.add(grid, blankRows, present, map);
        for (RequestRow row : RequestRow.values()) {
            if (found[row.ordinal()] == null && !(oldOtherHandling && isOldSubItem(row))) {
                map.cellNotes.add(new SourceMap.CellNote("三", row.id(), columnIds(present), headingLine + 1, false,
                        "未找到“" + row.displayName() + "”这一行", List.of()));
            }
        }
        RequestTable.Builder table = RequestTable.builder();
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                Long v = grid.cells[row.ordinal()][column.ordinal()];
                table.set(row, column, v == null ? Cell.unknown() : Cell.of(v));
            }
        }
        return table.build();
    }

    private static boolean isOldSubItem(RequestRow row) {
        return row == RequestRow.OTHER_CORRECTION_OVERDUE || row == RequestRow.OTHER_FEE_UNPAID;
    }

    private record Match(int start, int end) {
    }

    @SuppressWarnings("unchecked")
    private static List<Token>[] tokensPerRow(Region region, Match[] found, int[][] labelSpans) {
        List<Token>[] out = new List[RequestRow.COUNT];
        for (int r = 0; r < RequestRow.COUNT; r++) {
            out[r] = List.of();
            if (found[r] == null) {
                continue;
            }
            int end = region.text.length() + 1;
            for (int next = r + 1; next < RequestRow.COUNT; next++) {
                if (found[next] != null) {
                    end = labelStart(region.text, found[next].start, found[r].end);
                    break;
                }
            }
            int previousEnd = 0;
            for (int prev = r - 1; prev >= 0; prev--) {
                if (found[prev] != null) {
                    previousEnd = found[prev].end;
                    break;
                }
            }
            // From the row's own item number: a PDF prints a wrapped label's numbers on its first line,
            // before the keyword that finds the row ("2.申请人逾期未按 0 0 … 收费通知…").
            int start = Math.min(found[r].end, labelStart(region.text, found[r].start, previousEnd) + 1);
            out[r] = region.tokensBetween(start, end);
            labelSpans[r] = new int[] {start - 1 < found[r].start ? Math.max(0, start - 1) : found[r].start,
                Math.min(end, region.text.length())};
        }
        return out;
    }

    /** The number of values most rows have (ties: the larger), or 0 when no row has any. */
    private static int commonCount(List<Token>[] rowTokens) {
        int[] counts = new int[ApplicantColumn.COUNT + 2];
        for (List<Token> t : rowTokens) {
            if (!t.isEmpty()) {
                counts[Math.min(t.size(), counts.length - 1)]++;
            }
        }
        int best = 0;
        for (int c = 1; c < counts.length - 1; c++) {
            if (counts[c] > 0 && counts[c] >= counts[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Where the label of a row found by its keyword at {@code keyStart} begins: at its item number
     * (1. / （一） / 一、) when one stands shortly before the keyword, else at the keyword.
     */
    static int labelStart(String text, int keyStart, int floor) {
        int low = Math.max(floor, keyStart - LABEL_LOOKBACK);
        int paren = -1;
        for (int i = keyStart - 1; i >= low; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '、') && i > low && (Character.isDigit(text.charAt(i - 1))
                    || "一二三四".indexOf(text.charAt(i - 1)) >= 0)) {
                return i - 1; // an item number (1. / 一、) is the row's own
            }
            if (paren < 0 && c == '(' && i + 2 < text.length() && i + 2 <= keyStart && text.charAt(i + 2) == ')'
                    && "一二三四五六七".indexOf(text.charAt(i + 1)) >= 0) {
                paren = i; // （一）: the row's own, or a group caption printed inside a wrapped label
            }
        }
        return paren >= 0 ? paren : keyStart;
    }

    private static void apply(Grid grid, int r, RowResolver.Result result, int line, SourceMap map) {
        System.arraycopy(result.values(), 0, grid.cells[r], 0, ApplicantColumn.COUNT);
        RequestRow row = RequestRow.values()[r];
        if (!result.inferred().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (int c : result.inferred()) {
                values.add(String.valueOf(result.values()[c]));
            }
            map.cellNotes.add(new SourceMap.CellNote("三", row.id(), ids(result.inferred()), line, true,
                    result.note() == null ? "" : result.note(), values));
        }
        if (!result.missing().isEmpty() && !"单元格为空".equals(result.note())) {
            map.cellNotes.add(new SourceMap.CellNote("三", row.id(), ids(result.missing()), line, false,
                    result.note() == null ? "单元格为空" : result.note(), List.of()));
        } else if (!result.missing().isEmpty()) {
            for (int c : result.missing()) {
                map.cellNotes.add(new SourceMap.CellNote("三", row.id(), ids(List.of(c)), line, false, "单元格为空",
                        List.of()));
            }
        }
    }

    /** The columns' ids, in the same order (a note for each row of a one-line table asks for them). */
    private static final String[] COLUMN_IDS = java.util.Arrays.stream(ApplicantColumn.values()).map(ApplicantColumn::id)
            .toArray(String[]::new);

    private static List<String> ids(List<Integer> columns) {
        List<String> out = new ArrayList<>(columns.size());
        for (int c : columns) {
            out.add(COLUMN_IDS[c]);
        }
        return out;
    }

    private static List<String> columnIds(int[] present) {
        List<String> out = new ArrayList<>();
        for (int c : present) {
            out.add(COLUMN_IDS[c]);
        }
        return out;
    }

    /**
     * The columns the header names. When the header names none (lost in extraction), all seven
     * are assumed; 其他 is looked for after removing 法人或其他组织, which also contains it.
     */
    private static int[] presentColumns(String header, int commonCount, SourceMap map) {
        if (commonCount == ApplicantColumn.COUNT) {
            // The rows carry seven numbers: all columns are there, whatever the extracted header lost
            // (PDF headers split over lines, vertical headers one character per line).
            return new int[] {0, 1, 2, 3, 4, 5, 6};
        }
        String h = header.replace("法人或其他组织", "").replace("|", "");
        List<Integer> present = new ArrayList<>();
        List<ApplicantColumn> missing = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (h.contains(c.label()) || wrappedLabel(h, c.label())) {
                present.add(c.ordinal());
            } else {
                missing.add(c);
            }
        }
        if (present.size() <= 1) {
            return new int[] {0, 1, 2, 3, 4, 5, 6};
        }
        map.missingColumns.addAll(missing);
        return present.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A two-line header cell whose lines were read row by row (商业 | 科研 | … on one line, 企业 | 机构 | on the next):
     * both halves of a four-character label are there, its second half after its first.
     */
    private static boolean wrappedLabel(String header, String label) {
        if (label.length() != 4) {
            return false;
        }
        int first = header.indexOf(label.substring(0, 2));
        return first >= 0 && header.indexOf(label.substring(2), first + 2) >= 0;
    }

    private static void checkLabel(Region region, RequestRow row, int from, int to, int line, SourceMap map) {
        if (from >= to) {
            return;
        }
        int end = Math.min(to, region.text.length());
        String core = RequestRowSpecs.core(row);
        int at = region.text.indexOf(core, from);
        if (at >= 0 && at + core.length() <= end && !GROUP_CAPTION.within(region.text, from, end)) {
            return; // the usual case, read in place: the official wording, and no caption to take out of the span
        }
        String raw = region.text.substring(from, end);
        // A group caption (（四）无法提供) printed beside the middle of a wrapped label is not part of it.
        String span = GROUP_CAPTION.removeFrom(raw);
        if (span.contains(core)) {
            return;
        }
        Matcher m = MARKER.matcher(span);
        int start = 0;
        while (m.find()) {
            start = m.start();
        }
        String found = span.substring(start).strip();
        if (found.isEmpty()) {
            return; // nothing written there (the 2019 format's （六）其他处理 has no sub-item labels): no deviation
        }
        if (end >= region.text.length() && Lines.normalize(row.label()).replaceAll("\\s+", "")
                .startsWith(found.replaceAll("\\s+", ""))) {
            return; // the text ends inside the label (a capture cut short): not written differently, only not all there
        }
        found = found.length() > 60 ? found.substring(0, 60) + "…" : found;
        map.labelDeviations.add(new SourceMap.LabelNote("三", row.id(), found, row.label(), line));
    }
}
