package cn.gongkai.report.parse;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the parser saw in the source, beyond the model: where things are and what was odd about
 * them. The rules turn these facts into diagnostics; the parser itself judges nothing.
 * A report compiled by the platform has {@link #compiled()}: no source, nothing to locate.
 */
public final class SourceMap {

    /** A cell the source left blank, or gave too few numbers for; {@code columns} are column ids. */
    public record CellNote(String table, @Nullable String row, List<String> columns, int line, boolean inferred,
            String note, List<String> values) {
    }

    /** A row label worded differently from the national format. */
    public record LabelNote(String table, String row, String found, String official, int line) {
    }

    /** A piece of text, with the line it is on. */
    public record Mention(String text, int line) {
    }

    /** A year the report names somewhere, and where. */
    public record YearMention(int year, String where, int line) {
    }

    /** The signature block: issuing organ (may be null) and date. */
    public record Signature(@Nullable String organ, LocalDate date, int line) {
    }

    boolean fromSource = true;
    final Map<Section, Integer> sectionLines = new EnumMap<>(Section.class);
    @Nullable Integer titleLine;
    final Map<RequestRow, Integer> requestRowLines = new EnumMap<>(RequestRow.class);
    final Map<String, Integer> proactiveRowLines = new LinkedHashMap<>();
    @Nullable Integer reviewLine;
    @Nullable Integer requestHeaderLine;
    final List<ApplicantColumn> missingColumns = new ArrayList<>();
    final List<CellNote> cellNotes = new ArrayList<>();
    final List<LabelNote> labelDeviations = new ArrayList<>();
    final List<Mention> oldTemplateMarkers = new ArrayList<>();
    @Nullable Signature signature;
    final List<YearMention> yearMentions = new ArrayList<>();
    final List<Mention> organKindWords = new ArrayList<>();
    final Map<String, Integer> narrativeLines = new LinkedHashMap<>();

    SourceMap() {
    }

    /** The map of a report that was compiled, not parsed: every section present, nothing located. */
    public static SourceMap compiled() {
        SourceMap map = new SourceMap();
        map.fromSource = false;
        return map;
    }

    public boolean fromSource() {
        return fromSource;
    }

    public Map<Section, Integer> sectionLines() {
        return sectionLines;
    }

    public @Nullable Integer titleLine() {
        return titleLine;
    }

    public @Nullable Integer requestRowLine(RequestRow row) {
        return requestRowLines.get(row);
    }

    public @Nullable Integer proactiveRowLine(String rowId) {
        return proactiveRowLines.get(rowId);
    }

    public @Nullable Integer reviewLine() {
        return reviewLine;
    }

    public @Nullable Integer requestHeaderLine() {
        return requestHeaderLine;
    }

    public List<ApplicantColumn> missingColumns() {
        return missingColumns;
    }

    public List<CellNote> cellNotes() {
        return cellNotes;
    }

    public List<LabelNote> labelDeviations() {
        return labelDeviations;
    }

    public List<Mention> oldTemplateMarkers() {
        return oldTemplateMarkers;
    }

    public @Nullable Signature signature() {
        return signature;
    }

    public List<YearMention> yearMentions() {
        return yearMentions;
    }

    public List<Mention> organKindWords() {
        return organKindWords;
    }

    /** Line of a narrative figure: proactiveItemsTotal, requestsReceivedStated, … */
    public @Nullable Integer narrativeLine(String figure) {
        return narrativeLines.get(figure);
    }

    /** The line of a section's heading, or null when absent. */
    public @Nullable Integer sectionLine(Section section) {
        return sectionLines.get(section);
    }
}
