package cn.gongkai.report.parse;

import cn.gongkai.report.model.Section;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of sections 二, 三 and 四 found by their own header words when the section's heading is not
 * in the text: mirror sites and copies often keep a report's tables whole and drop the heading lines
 * (`二、主动公开政府信息情况` …) around them. Such a table is still read; its heading stays missing
 * (SECTION-MISSING says so), but its figures are not called unknown.
 *
 * <p>A table is taken only from words its header or first rows print, at the start of a line, with the row
 * that must follow it close below, and only between the headings found before and after its section, so a
 * sentence of section 一 that names the same words (本年新收政府信息公开申请数量42件…) is not taken for it.
 */
final class TableAnchors {

    /** How far below a table's first line its next row must stand (cells extracted one per line from HTML or DOCX). */
    private static final int FOLLOW = 16;
    /** Header lines above a table's first row that belong to the table (申请人情况 / 自然人 / 商业企业 …). */
    private static final int HEADER = 6;
    private static final List<String> T3_HEADER_WORDS = List.of("申请人情况", "勾稽关系", "自然人", "法人或其他组织", "商业企业",
            "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    private TableAnchors() {
    }

    /**
     * The line index that stands for each missing table section's heading (the line just above its table),
     * for the sections whose heading is absent and whose table is found; the found headings are not changed.
     */
    static Map<Section, Integer> find(Lines lines, Map<Section, Integer> headings) {
        Map<Section, Integer> anchored = new EnumMap<>(Section.class);
        for (Section s : List.of(Section.PROACTIVE, Section.REQUESTS, Section.REVIEWS)) {
            if (headings.containsKey(s)) {
                continue;
            }
            int from = 0;
            int to = lines.size();
            for (Section other : Section.values()) {
                Integer at = other == s ? null : headings.containsKey(other) ? headings.get(other) : anchored.get(other);
                if (at == null) {
                    continue;
                }
                if (other.ordinal() < s.ordinal()) {
                    from = Math.max(from, at + 1);
                } else {
                    to = Math.min(to, at);
                }
            }
            int first = switch (s) {
                case PROACTIVE -> proactive(lines, from, to);
                case REQUESTS -> requests(lines, from, to);
                default -> reviews(lines, from, to);
            };
            if (first >= 0) {
                anchored.put(s, first - 1); // a region starts on the line after its heading (ReportParser.span)
            }
        }
        return anchored;
    }

    /** 表二: its first block, 第二十条第(一)项, or the 信息内容 header with the 2021 column words. */
    private static int proactive(Lines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String c = lines.compact(i);
            if (c.startsWith("第二十条第(一)项")
                    || c.startsWith("信息内容") && (c.contains("本年制发件数") || follows(lines, i, to, "本年制发件数", false))) {
                return Math.max(i, 1);
            }
        }
        return -1;
    }

    /** 表三: row 一 with row 二 below it, and the header lines just above row 一. */
    private static int requests(Lines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!rowLabel(lines.compact(i), "一", "本年新收政府信息公开申请数量") || !follows(lines, i, to, "上年结转", true)) {
                continue;
            }
            int first = i;
            for (int j = i - 1; j >= Math.max(from, i - HEADER); j--) {
                String c = lines.compact(j);
                if (!c.isEmpty() && T3_HEADER_WORDS.stream().noneMatch(c::contains)) {
                    break;
                }
                if (!c.isEmpty()) {
                    first = j; // blank lines inside the header are passed, not taken as its start
                }
            }
            return Math.max(first, 1);
        }
        return -1;
    }

    /** 表四: the header row 行政复议 … 行政诉讼, or the row of 结果维持 / 结果纠正 under it. */
    private static int reviews(Lines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String c = lines.compact(i);
            boolean groups = c.startsWith("行政复议") && c.contains("行政诉讼") && c.length() <= 12;
            boolean columns = c.startsWith("结果维持") && c.contains("结果纠正");
            if (groups && (c.contains("结果维持") || follows(lines, i, to, "结果维持", false)) || columns) {
                return Math.max(i, 1);
            }
        }
        return -1;
    }

    /** Whether a line within {@link #FOLLOW} lines below {@code i} holds the word (at its start, past a numeral). */
    private static boolean follows(Lines lines, int i, int to, String word, boolean asRow) {
        for (int j = i + 1; j < Math.min(to, i + 1 + FOLLOW); j++) {
            String c = lines.compact(j);
            if (asRow ? rowLabel(c, "二", word) : c.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A line that starts with a table row's label, numbered ({@code 一、本年新收…}) or not. */
    private static boolean rowLabel(String compact, String numeral, String label) {
        if (compact.startsWith(label)) {
            return true;
        }
        return compact.length() > label.length() + 1 && compact.startsWith(numeral)
                && Headings.isSeparator(compact.charAt(1)) && compact.startsWith(label, 2);
    }
}
