package cn.gongkai.report.parse;

import cn.gongkai.report.extract.SourceText;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.model.TemplateEdition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recovers an {@link AnnualReport} from report text as it is published (pasted from a web page,
 * extracted from PDF, HTML or DOCX). Never throws for bad content: what cannot be recovered is
 * unknown, and the {@link SourceMap} says where and why. Stateless and thread-safe.
 */
public final class ReportParser {

    private static final List<String> OLD_TEMPLATE_MARKERS = List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "第二十条第(九)项", "政府集中采购");
    /** Words by which a report calls its own organ; 全乡镇 and 乡村 are not 乡 words. */
    private static final List<String> KIND_WORDS = List.of("全镇", "我镇", "本镇", "全乡", "我乡", "全街道", "我街道", "本街道");

    public ParseResult parse(SourceText source, @Nullable String sourceName) {
        List<String> raw = PinyinNotes.strip(source.lines());
        boolean traditional = Traditional.isTraditional(raw);
        List<String> text = traditional ? Traditional.toSimplified(raw) : raw;
        List<String> reflowed = Reflow.apply(text);
        Lines lines = Lines.of(reflowed);
        SourceMap map = new SourceMap();
        map.reflowed = reflowed != text;
        map.traditional = traditional;
        map.truncated = "true".equals(source.meta().get(SourceText.TRUNCATED));
        Map<Section, Integer> headings = SectionFinder.find(lines);
        map.mentionsReport = mentionsReport(lines);
        headings.forEach((s, i) -> map.sectionLines.put(s, i + 1));
        // Tables whose heading a copy dropped: read where their header stands; the heading stays missing.
        Map<Section, Integer> anchored = TableAnchors.find(lines, headings);
        anchored.forEach((s, i) -> map.tableLines.put(s, i + 2)); // the table's first line (index + 1), 1-based
        headings.putAll(anchored);

        int firstHeading = headings.values().stream().min(Integer::compare).orElse(lines.size());
        TitleReader.Title title = TitleReader.read(lines, firstHeading, map);
        Integer otherStart = headings.get(Section.OTHER_MATTERS);
        int lastHeading = headings.values().stream().max(Integer::compare).orElse(0);
        SignatureReader.Found signature = SignatureReader.read(lines, otherStart != null ? otherStart : lastHeading);
        map.signature = signature.signature();
        int textEnd = signature.endIndex();
        map.lastTextLine = lastTextLine(lines, textEnd);

        // Section 一 first: the counts its prose states (制发88件、现行有效698件) decide a 表二 run written together.
        Narrative narrative = Narrative.empty();
        int[] overview = span(headings, anchored, Section.OVERVIEW, lines.size(), textEnd);
        if (overview != null) {
            narrative = NarrativeReader.read(Joined.of(lines, overview[0] + 1, overview[1]), map);
        }
        ProactiveTable proactive = ProactiveTable.unknown();
        RequestTable requests = RequestTable.allUnknown();
        ReviewTable reviews = ReviewTable.unknown();
        boolean explicitCells = source.format().equals("html") || source.format().equals("docx");
        int[] span = span(headings, anchored, Section.PROACTIVE, lines.size(), textEnd);
        if (span != null) {
            Region region = Region.of(lines, span[0] + 1, span[1]);
            proactive = ProactiveTableReader.read(lines, region, span[0] + 1, explicitCells, map,
                    narrative.normativeDocumentsStated());
            oldTemplateMarkers(region, span[0] + 1, map);
        }
        span = span(headings, anchored, Section.REQUESTS, lines.size(), textEnd);
        if (span != null) {
            // A capture cut inside 表三: no section after it and no signature; its last row may have lost cells.
            boolean stopsInTable = span[1] >= textEnd && map.signature == null;
            requests = RequestTableReader.read(lines, Region.of(lines, span[0] + 1, span[1]), span[0] + 1,
                    explicitCells, stopsInTable, map);
        }
        span = span(headings, anchored, Section.REVIEWS, lines.size(), textEnd);
        if (span != null) {
            reviews = ReviewTableReader.read(lines, Region.of(lines, span[0] + 1, span[1]), span[0] + 1, span[1],
                    span[0] + 1, map);
        }

        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS)) {
            int[] sp = span(headings, anchored, s, lines.size(), textEnd);
            if (sp != null) {
                sections.put(s, prose(lines, sp[0] + 1, sp[1]));
                kindWords(lines, sp[0] + 1, sp[1], map);
            }
        }
        if (overview != null) {
            dominantYear(lines, overview[0] + 1, overview[1], map);
        }
        if (title != null) {
            kindWords(lines, title.line(), overview != null ? overview[0] : title.line(), map);
        }

        String organ = null;
        if (map.signature != null && map.signature.organ() != null
                && !misspeltOf(map.signature.organ(), title == null ? null : title.organ())) {
            organ = map.signature.organ();
            map.organSource = "signature";
        } else if (title != null && title.organ() != null) {
            organ = TitleReader.organName(title.organ());
            map.organSource = "title";
        } else if ((organ = pageTitleOrgan(source.meta().get("title"))) != null) {
            map.organSource = "pageTitle";
        } else if ((organ = PageMeta.source(lines, firstHeading, source.meta())) != null) {
            map.organSource = "source";
        } else if ((organ = TitleReader.openingOrgan(lines, firstHeading)) != null) {
            organ = TitleReader.organName(organ);
            map.organSource = "opening";
        } else if ((organ = SelfReferenceOrgan.find(lines, firstHeading)) != null) {
            map.organSource = "selfReference";
        }
        LocalDate publishedOn = map.signature == null ? null : map.signature.date();
        if (publishedOn != null) {
            map.publishedOnSource = "signature";
            map.publishedOnLine = map.signature.line();
        } else {
            PageMeta.Dated dated = PageMeta.date(lines, firstHeading, textEnd, source.meta());
            if (dated != null) {
                publishedOn = dated.date();
                map.publishedOnSource = dated.source();
                map.publishedOnLine = dated.line();
            }
        }
        organ = InjectedWords.strip(organ);
        OrganKind kind = organ == null ? OrganKind.OTHER : OrganKind.fromOrganName(organ);
        Integer year = title != null && title.year() != null ? title.year() : firstMentionedYear(map);
        if (year == null && (year = TitleReader.workYear(lines, firstHeading)) != null) {
            map.yearMentions.add(new SourceMap.YearMention(year, "开头说明", Math.min(firstHeading + 1, lines.size())));
        }
        if (year == null && overview != null && (year = TitleReader.overviewYear(lines, overview[0])) != null) {
            map.yearMentions.add(new SourceMap.YearMention(year, "总体情况", overview[0] + 2));
        }
        boolean legacy = legacyFormat(year, requests, lines, map);
        if (legacy) {
            // A report before 2019 has none of the national tables: their rows are not "missing cells" but another
            // format, said once (LEGACY-FORMAT); whatever a 表二/三/四 row label matched in its prose is not a cell.
            map.legacyFormat = true;
            map.cellNotes.clear();
            map.labelDeviations.clear();
            map.missingColumns.clear();
            proactive = ProactiveTable.unknown();
            requests = RequestTable.allUnknown();
            reviews = ReviewTable.unknown();
        }
        TemplateEdition edition = legacy ? TemplateEdition.UNKNOWN : map.oldTemplateMarkers.isEmpty()
                ? (headings.isEmpty() ? TemplateEdition.UNKNOWN : TemplateEdition.V2021)
                : TemplateEdition.V2019;
        if (edition == TemplateEdition.V2019) {
            // 表二 of the 2019 format has other columns (新制作/新公开/对外公开总数): its values mean something else.
            proactive = ProactiveTable.unknown();
        }
        AnnualReport report = new AnnualReport(sourceName, organ, kind, year, publishedOn, edition, proactive, requests,
                reviews, sections, narrative);
        return new ParseResult(report, map);
    }

    /**
     * A report in the format before 2019: its year is 2018 or earlier (the 2019 Regulation's format was first used
     * for the 2019 reports), or it carries the old one-column statistics table and 表三 gave no figure. The old
     * table's figures are read either way.
     */
    private static boolean legacyFormat(@Nullable Integer year, RequestTable requests, Lines lines, SourceMap map) {
        boolean oldYear = year != null && year <= 2018 && year >= 2007;
        boolean anyKnown = anyKnown(requests);
        if (!oldYear && anyKnown) {
            return false; // a report of 2019 or later whose 表三 was read: the old table is not looked for (costs a pass)
        }
        boolean table = LegacyStatisticsReader.read(lines, map);
        if (oldYear || table && !anyKnown) {
            return true;
        }
        map.legacyFigures.clear();
        map.legacyTableLine = null;
        return false;
    }

    /**
     * Whether the signature's organ is the title's with one character mistyped (全融局 under a title naming 金融局): the
     * title, set large at the top and copied into the page's name, is the one that was read over.
     */
    private static boolean misspeltOf(String signed, @Nullable String titled) {
        if (titled == null) {
            return false;
        }
        String name = TitleReader.organName(titled);
        if (name.length() != signed.length() || name.equals(signed)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < name.length(); i++) {
            differences += name.charAt(i) == signed.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }

    /**
     * The organ named by an HTML page's {@code <title>} (测试市2025年政府信息公开工作年度报告_测试市人民政府网), read as a
     * title line; the part naming the report, when a site's name is appended to it.
     */
    private static @Nullable String pageTitleOrgan(@Nullable String pageTitle) {
        if (pageTitle == null) {
            return null;
        }
        for (String part : pageTitle.split("[_|｜—\\-–]+")) {
            if (part.contains("报告") || part.contains("年报")) {
                TitleReader.Title t = TitleReader.read(Lines.of(List.of(part.strip())), 1, new SourceMap());
                return t == null || t.organ() == null ? null : TitleReader.organName(t.organ());
            }
        }
        return null;
    }

    /** The last non-blank line of the report's own text (white space removed), or null. */
    private static @Nullable String lastTextLine(Lines lines, int textEnd) {
        for (int i = Math.min(textEnd, lines.size()) - 1; i >= 0; i--) {
            String c = lines.compact(i);
            if (!c.isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static boolean anyKnown(RequestTable requests) {
        for (cn.gongkai.report.model.RequestRow row : cn.gongkai.report.model.RequestRow.values()) {
            for (cn.gongkai.report.model.ApplicantColumn c : cn.gongkai.report.model.ApplicantColumn.values()) {
                if (requests.get(row, c).known()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** [heading index, end index) of a section, or null if absent. */
    private static int @Nullable [] span(Map<Section, Integer> headings, Map<Section, Integer> anchored, Section s,
            int size, int textEnd) {
        Integer start = headings.get(s);
        if (start == null) {
            return null;
        }
        int end = textEnd;
        for (var other : headings.entrySet()) {
            // A table found without its heading stands for it one line above its first line, which is not its own.
            int at = other.getValue() + (anchored.containsKey(other.getKey()) ? 1 : 0);
            if (other.getKey() != s && at > start && at < end) {
                end = at;
            }
        }
        return new int[] {start, Math.max(start + 1, Math.min(end, size))};
    }

    /** Prose as written: lines trimmed, blank lines dropped, joined by newlines. */
    private static String prose(Lines lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String s = lines.original.get(i).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return String.join("\n", out);
    }

    private static void kindWords(Lines lines, int from, int to, SourceMap map) {
        for (int i = from; i < to; i++) {
            String line = lines.original.get(i);
            if (line.indexOf('全') < 0 && line.indexOf('我') < 0 && line.indexOf('本') < 0) {
                continue;
            }
            List<int[]> found = new ArrayList<>();
            for (int w = 0; w < KIND_WORDS.size(); w++) {
                String word = KIND_WORDS.get(w);
                for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
                    int after = at + word.length();
                    boolean township = word.endsWith("乡");
                    if (township && after < line.length() && (line.charAt(after) == '镇' || line.charAt(after) == '村')) {
                        continue;
                    }
                    found.add(new int[] {at, w});
                }
            }
            found.sort(java.util.Comparator.comparingInt(f -> f[0]));
            for (int[] f : found) {
                map.organKindWords.add(new SourceMap.Mention(KIND_WORDS.get(f[1]), i + 1));
            }
        }
    }

    /** The year section 一 names most often (at least twice), as a witness of the report year. */
    private static void dominantYear(Lines lines, int from, int to, SourceMap map) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> firstLine = new HashMap<>();
        for (int i = from; i < to; i++) {
            if (lines.norm.get(i).indexOf('年') < 0) {
                continue;
            }
            String line = lines.norm.get(i);
            for (int at = 0; at + 4 < line.length(); at++) {
                int end = yearAt(line, at);
                if (end > 0) {
                    int y = Integer.parseInt(line, at, at + 4, 10);
                    counts.merge(y, 1, Integer::sum);
                    firstLine.putIfAbsent(y, i + 1);
                    at = end - 1; // matches do not overlap, as with Matcher.find
                }
            }
        }
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(e -> map.yearMentions.add(
                        new SourceMap.YearMention(e.getKey(), "总体情况", firstLine.get(e.getKey()))));
    }

    /**
     * Where a match of {@code (20\d{2})\s*年} starting at {@code at} ends, or -1: written out, since the regex was
     * tried at every offset of every line of section 一 (3 % of a text check).
     */
    private static int yearAt(String s, int at) {
        if (s.charAt(at) != '2' || s.charAt(at + 1) != '0' || !digit(s.charAt(at + 2)) || !digit(s.charAt(at + 3))) {
            return -1;
        }
        int k = at + 4;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) >= '\t' && s.charAt(k) <= '\r')) {
            k++;
        }
        return k < s.length() && s.charAt(k) == '年' ? k + 1 : -1;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The labels of the 2019 format are all in its 表二, read here without white space (PDF splits words). */
    private static void oldTemplateMarkers(Region table, int headingLine, SourceMap map) {
        for (String marker : OLD_TEMPLATE_MARKERS) {
            int at = table.text.indexOf(marker);
            if (at >= 0) {
                map.oldTemplateMarkers.add(new SourceMap.Mention(marker, table.lineOf(at, headingLine)));
            }
        }
    }

    /**
     * Whether the text is a 政府信息公开 annual report by its words, even without a title or headings
     * found (damaged, truncated): it names 政府信息公开 and a report, or carries 表三's row labels.
     */
    private static boolean mentionsReport(Lines lines) {
        boolean disclosure = false;
        boolean report = false;
        for (int i = 0; i < lines.size() && !(disclosure && report); i++) {
            String c = lines.compact(i);
            disclosure |= c.contains("政府信息公开") || c.contains("信息公开");
            report |= c.contains("年度报告") || c.contains("年报") || c.contains("本年新收") || c.contains("主动公开信息")
                    || c.contains("依申请公开");
        }
        return disclosure && report;
    }

    private static @Nullable Integer firstMentionedYear(SourceMap map) {
        return map.yearMentions.isEmpty() ? null : map.yearMentions.get(0).year();
    }
}
