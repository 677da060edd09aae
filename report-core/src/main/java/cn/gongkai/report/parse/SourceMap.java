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
    /** 1-based first line of a table found by its header words where its section's heading is missing. */
    final Map<Section, Integer> tableLines = new EnumMap<>(Section.class);
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
    /** Narrative figures written as approximate (“3200余条”, “30多件”): the number is a lower bound. */
    final java.util.Set<String> approximateFigures = new java.util.LinkedHashSet<>();
    /** Where the publication date was read: signature, page (发布时间…), pageMeta (HTML meta), or null. */
    @Nullable String publishedOnSource;
    @Nullable Integer publishedOnLine;
    /**
     * Where the organ was read: signature, title, pageTitle (an HTML page's {@code <title>}), source (来源：), opening (the
     * first sentence), or null.
     */
    @Nullable String organSource;
    /** Figures of a pre-2019 one-column statistics table, by id, as written (本年度 values). */
    final Map<String, Long> legacyFigures = new LinkedHashMap<>();
    @Nullable Integer legacyTableLine;
    /**
     * The report follows the format before 2019 (the 2008 Regulation's, no 表二/表三/表四): its year is 2018 or
     * earlier, or it carries the old one-column statistics table and none of 表三's figures.
     */
    boolean legacyFormat;
    /** The last non-blank line of the report's own text (before its footer), white space removed. */
    @Nullable String lastTextLine;
    /** A prose line at least this long that ends without punctuation was cut (a title or a 无 line is shorter). */
    private static final int CUT_LINE_LENGTH = 20;
    /** The text names itself a 政府信息公开 report or carries its tables' labels (a report however damaged). */
    boolean mentionsReport;
    /** The text was one line (crawler text) and was broken at its headings before reading. */
    boolean reflowed;
    /** The text was converted from Traditional to Simplified characters before reading. */
    boolean traditional;
    /** The file was cut short (a PDF without %%EOF): what follows the cut is missing, not zero. */
    boolean truncated;

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

    public boolean isApproximate(String figure) {
        return approximateFigures.contains(figure);
    }

    public java.util.Set<String> approximateFigures() {
        return approximateFigures;
    }

    public @Nullable String publishedOnSource() {
        return publishedOnSource;
    }

    public @Nullable Integer publishedOnLine() {
        return publishedOnLine;
    }

    public @Nullable String organSource() {
        return organSource;
    }

    public Map<String, Long> legacyFigures() {
        return legacyFigures;
    }

    public @Nullable Integer legacyTableLine() {
        return legacyTableLine;
    }

    public boolean legacyFormat() {
        return legacyFormat;
    }

    public boolean mentionsReport() {
        return mentionsReport;
    }

    public boolean reflowed() {
        return reflowed;
    }

    public boolean traditional() {
        return traditional;
    }

    public boolean truncated() {
        return truncated;
    }

    public @Nullable String lastTextLine() {
        return lastTextLine;
    }

    /**
     * The sections the report's format requires: the six of the national format. The 2008 Regulation set what a
     * report states, not its headings, and real reports before 2019 vary (复议诉讼 inside 依申请公开, 收费 or
     * 工作人员 sections, no 问题 section, the statistics table as an attachment): such a report is held to
     * 概述, 主动公开 and 依申请公开, and to one part that shows it reached its end — 问题, 其他事项, the statistics
     * table, a signature, or 行政复议/诉讼 when the text does not stop inside a sentence there (a page excerpt cut
     * in that section is not the end); without any of them it is taken as cut before 问题 (a capture).
     */
    public List<Section> requiredSections() {
        if (!legacyFormat) {
            return List.of(Section.values());
        }
        boolean ended = signature != null || legacyTableLine != null
                || sectionLines.containsKey(Section.REVIEWS) && !stopsMidSentence()
                || sectionLines.containsKey(Section.PROBLEMS) || sectionLines.containsKey(Section.OTHER_MATTERS);
        return ended ? List.of(Section.OVERVIEW, Section.PROACTIVE, Section.REQUESTS)
                : List.of(Section.OVERVIEW, Section.PROACTIVE, Section.REQUESTS, Section.PROBLEMS);
    }

    /**
     * Whether the report's own text stops inside a sentence: its last line ends on no closing punctuation (a page
     * excerpt cut at a fixed length, or a heading with nothing under it).
     */
    public boolean stopsMidSentence() {
        String last = lastTextLine;
        return last != null && "。！？!?；;)）」』”\"…".indexOf(last.charAt(last.length() - 1)) < 0;
    }

    /**
     * Whether the text was cut inside a sentence of its prose, though every section was found: no signature, and the
     * last line is a long run of words broken off (…并强化组织领). A complete report ends on punctuation, a short
     * line (无), a number of a table or its signature.
     */
    public boolean cutMidSentence() {
        String last = lastTextLine;
        return fromSource && signature == null && stopsMidSentence() && last != null && last.length() >= CUT_LINE_LENGTH
                && Character.UnicodeScript.of(last.charAt(last.length() - 1)) == Character.UnicodeScript.HAN;
    }

    /** The sections of the national format the source lacks (none for a compiled report). */
    public List<Section> missingSections() {
        List<Section> out = new ArrayList<>();
        if (fromSource) {
            for (Section s : requiredSections()) {
                if (!sectionLines.containsKey(s) && !tableLines.containsKey(s)) { // a table without its heading is there
                    out.add(s);
                }
            }
        }
        return out;
    }

    public Map<Section, Integer> tableLines() {
        return tableLines;
    }

    /** The first line of a section's table when the table was found without the section's heading, or null. */
    public @Nullable Integer tableLine(Section section) {
        return tableLines.get(section);
    }

    /** The line of a section's heading, or null when absent. */
    public @Nullable Integer sectionLine(Section section) {
        return sectionLines.get(section);
    }
}
