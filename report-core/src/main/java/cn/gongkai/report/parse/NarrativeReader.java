package cn.gongkai.report.parse;

import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.StatedDocumentCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the figures that section 一 states in prose: items published proactively and the “其中”
 * parts, requests received, reconsiderations, and 行政规范性文件 issued/repealed/in force.
 */
final class NarrativeReader {

    /** A count as written, also with thousands set apart by commas (主动公开政府信息1,120条, a large county). */
    private static final String COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final Pattern PROACTIVE_TOTAL = Pattern.compile(
            "主动公开[^,。;:!?\\d]{0,15}?(?:共计|共|累计|合计|约)?\\s*" + COUNT + "\\s*(余|多)?\\s*条");
    private static final Pattern PART = Pattern.compile("(\\p{IsHan}{2,12}?)\\s*" + COUNT + "\\s*条");
    private static final Pattern PART_PREFIX = Pattern.compile("^(?:其中|以及|及|和|与|包括)+");
    private static final Pattern REQUESTS_N = Pattern.compile(
            "(?:收到|受理|接收|接到|新收)[^,。;]{0,14}?申请(?:公开信息|信息公开|数量)?\\s*(?:共计|共|约|为)?\\s*" + COUNT
                    + "\\s*(余|多)?\\s*(?:件|份|条|个|次)"); // 共收到依申请信息公开26件 too
    private static final Pattern REQUESTS_NONE = Pattern.compile(
            "(?:未|没有|无)(?:收到|受理|接到|接收)[^,。;]{0,15}?申请|无依申请公开");
    private static final Pattern RECONSIDERATION_N = Pattern.compile("行政复议\\s*(?:共计|共|约)?\\s*(\\d+)\\s*(余|多)?\\s*(?:件|起|次|宗)");
    private static final Pattern RECONSIDERATION_NONE = Pattern.compile(
            "(?:(?:未|没有)(?:发生|收到|产生|被申请)[^,。;]{0,10}?行政复议|无[^,。;]{0,4}行政复议)" + OutcomeWords.NOT_AN_OUTCOME);
    private static final Pattern DOC_ISSUED = Pattern.compile("(?:制定|制发|出台|印发)[^,。;\\d]{0,12}?(\\d+)\\s*件");
    private static final Pattern DOC_REPEALED = Pattern.compile("废止[^,。;\\d]{0,4}?(\\d+)\\s*件");
    private static final Pattern DOC_IN_FORCE = Pattern.compile("现行有效[^,。;\\d]{0,10}?(\\d+)\\s*件");
    private static final Pattern DOC_NONE = Pattern.compile("未(?:制定|制发|出台)([^。;]{0,12}?)规范性文件");

    /**
     * How every match of a pattern begins, for the windows of {@link #first}: a window in which none of these
     * stands wholly is not searched. Most windows around the anchor words hold none.
     */
    private static final Words REQUESTS_N_STARTS = Words.of("收到", "受理", "接收", "接到", "新收");
    private static final Words REQUESTS_NONE_STARTS = Words.of(starts(new String[] {"未", "没有", "无"},
            new String[] {"收到", "受理", "接到", "接收"}, "无依申请公开"));
    private static final Words RECONSIDERATION_NONE_STARTS = Words.of(starts(new String[] {"未", "没有"},
            new String[] {"发生", "收到", "产生", "被申请"}, "无"));

    private static String[] starts(String[] firsts, String[] seconds, String alone) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String a : firsts) {
            for (String b : seconds) {
                out.add(a + b);
            }
        }
        out.add(alone);
        return out.toArray(String[]::new);
    }

    private NarrativeReader() {
    }

    /** A count followed by 、 (the next item of a list) with no word of a total (共, 累计, 合计) before it. */
    private static boolean listedPart(String text, Matcher m) {
        String matched = text.substring(m.start(), m.end());
        return m.end() < text.length() && text.charAt(m.end()) == '、' && !matched.contains("共") && !matched.contains("累计")
                && !matched.contains("合计");
    }

    static Narrative read(Joined overview, SourceMap map) {
        String text = overview.text;
        Long total = null;
        Map<String, Long> parts = new LinkedHashMap<>();
        Matcher m = first(PROACTIVE_TOTAL, text, "主动公开", 0, 40, null);
        if (m != null && listedPart(text, m)) {
            m = null; // 主动公开人事招聘信息118条、政策文件29条…: the first item of a list, not a total
        }
        if (m != null) {
            total = count(m.group(1));
            map.narrativeLines.put("proactiveItemsTotal", overview.lineOf(m.start(1)));
            approximate(m, "proactiveItemsTotal", map);
            int sentenceEnd = sentenceEnd(text, m.end());
            int which = text.indexOf("其中", m.end());
            if (which >= 0 && which < sentenceEnd) {
                Matcher p = PART.matcher(text).region(which, sentenceEnd);
                while (p.find()) {
                    String kind = p.group(1);
                    Matcher prefix = PART_PREFIX.matcher(kind);
                    kind = prefix.lookingAt() ? kind.substring(prefix.end()) : kind;
                    if (kind.length() >= 2) {
                        parts.merge(kind, count(p.group(2)), Long::sum);
                    }
                }
            }
        }
        Long requests = null;
        Matcher n = first(REQUESTS_N, text, "申请", 24, 16, REQUESTS_N_STARTS);
        Matcher none = first(REQUESTS_NONE, text, "申请", 24, 4, REQUESTS_NONE_STARTS);
        if (n != null && (none == null || n.start() < none.start())) {
            requests = count(n.group(1));
            map.narrativeLines.put("requestsReceivedStated", overview.lineOf(n.start(1)));
            approximate(n, "requestsReceivedStated", map);
        } else if (none != null) {
            requests = 0L;
            map.narrativeLines.put("requestsReceivedStated", overview.lineOf(none.start()));
        }
        Long reconsiderations = null;
        n = first(RECONSIDERATION_N, text, "行政复议", 0, 16, null);
        none = first(RECONSIDERATION_NONE, text, "行政复议", 16, 4, RECONSIDERATION_NONE_STARTS);
        if (n != null) {
            reconsiderations = Long.parseLong(n.group(1));
            map.narrativeLines.put("reconsiderationsStated", overview.lineOf(n.start(1)));
            approximate(n, "reconsiderationsStated", map);
        } else if (none != null) {
            reconsiderations = 0L;
            map.narrativeLines.put("reconsiderationsStated", overview.lineOf(none.start()));
        }
        return new Narrative(total, parts, requests, reconsiderations, documents(overview, map));
    }

    private static long count(String written) {
        return Long.parseLong(written.replace(",", ""));
    }

    /** “3200余条”, “30多件”, “约 50 条”: the figure is a round lower bound, not a count to compare exactly. */
    private static void approximate(Matcher m, String figure, SourceMap map) {
        String before = m.group().substring(0, m.start(1) - m.start());
        if (m.group(2) != null || before.endsWith("约") || before.strip().endsWith("约")) {
            map.approximateFigures.add(figure);
        }
    }

    /**
     * The first match of {@code p} in a window around an occurrence of {@code anchor}, a word every
     * match contains: searching only there keeps the reader linear in the text. {@code starts}: how every
     * match begins (or null); a window in which none of them stands is not searched.
     */
    private static @Nullable Matcher first(Pattern p, String text, String anchor, int before, int after,
            @Nullable Words starts) {
        Matcher m = p.matcher(text).useTransparentBounds(true); // OutcomeWords' look-ahead sees past the window
        for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
            int from = Math.max(0, at - before);
            int to = Math.min(text.length(), at + anchor.length() + after);
            if (starts != null && !starts.within(text, from, to)) {
                continue;
            }
            m.region(from, to);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The 行政规范性文件 figures of the first sentence that names them with numbers or a “未制定”. */
    private static @Nullable StatedDocumentCounts documents(Joined overview, SourceMap map) {
        String text = overview.text;
        int at = text.indexOf("规范性文件");
        while (at >= 0) {
            int start = sentenceStart(text, at);
            int end = sentenceEnd(text, at);
            String sentence = text.substring(start, end);
            Long issued = number(DOC_ISSUED, sentence);
            Long repealed = number(DOC_REPEALED, sentence);
            Long inForce = number(DOC_IN_FORCE, sentence);
            Matcher none = DOC_NONE.matcher(sentence);
            if (none.find()) {
                issued = issued == null ? 0L : issued;
                if (none.group(1).contains("废止")) {
                    repealed = repealed == null ? 0L : repealed;
                }
            }
            StatedDocumentCounts stated = new StatedDocumentCounts(issued, repealed, inForce);
            if (!stated.isEmpty()) {
                map.narrativeLines.put("normativeDocumentsStated", overview.lineOf(at));
                return stated;
            }
            at = text.indexOf("规范性文件", at + 1);
        }
        return null;
    }

    private static @Nullable Long number(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return i;
            }
        }
        return text.length();
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return 0;
    }
}
