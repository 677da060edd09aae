package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one-column statistics table of reports before 2019 (指标 | 单位 | 本年数 [| 历年累计]:
 * 主动公开文件数, 受理依申请公开信息总数, 同意公开答复数 …) for the figures it states. Only this year's
 * value is taken; when it is written together with the 历年累计 value ("1203500") it is taken only
 * if one split alone leaves this year's value not above the total of the years, else left out.
 */
final class LegacyStatisticsReader {

    private record Label(String id, Pattern pattern) {
    }

    private static final List<Label> LABELS = List.of(
            label("proactiveItems", "主动公开(?:政府)?(?:信息|文件)(?:条)?总?数"),
            label("requestsReceived", "受理(?:依申请公开(?:政府)?信息|政府信息公开申请|申请)(?:总|件)?数|收到(?:政府信息公开)?申请(?:总|件)?数"
                    + "|依申请公开(?:政府)?信息(?:申请)?总?数"),
            label("grantedReplies", "(?<![不部分])同意公开(?:答复)?数|(?<!部分)予以公开(?:答复)?数"),
            label("partiallyGrantedReplies", "同意部分公开(?:答复)?数|部分公开(?:答复)?数"),
            label("refusedReplies", "不同意公开(?:答复)?数|不予公开(?:答复)?数|否决公开(?:答复)?(?:总)?数"),
            label("reconsiderations", "(?:申请)?行政复议(?:案件)?数量?"),
            label("litigations", "(?:提起)?行政诉讼(?:案件)?数量?"));
    private static final Pattern VALUE = Pattern.compile("^(?:[:：]|条|件|个|次|项|人次)*(\\d+)(?:(?:\\s*[|｜])?\\s+(\\d+))?");
    /** At least this many labels make the table, not a stray phrase in prose. */
    private static final int MIN_LABELS = 2;

    private LegacyStatisticsReader() {
    }

    private static Label label(String id, String regex) {
        return new Label(id, Pattern.compile(regex));
    }

    /** Fills {@code map.legacyFigures} when the text has the old table; returns whether it has. */
    static boolean read(Lines lines, SourceMap map) {
        Map<String, Long> figures = new LinkedHashMap<>();
        boolean cumulative = false;
        int firstLine = -1;
        int labels = 0;
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.compact(i);
            // A row of the table, or the table run together on one line (copied text: no sentence end in it).
            if (c.length() > 80 && c.indexOf('。') >= 0 || c.length() > 2000 || c.indexOf('数') < 0) {
                cumulative |= c.contains("历年累计");
                continue;
            }
            cumulative |= c.contains("历年累计");
            String spaced = lines.norm.get(i).replaceAll("\\s+", " ");
            for (Label l : LABELS) {
                Matcher m = l.pattern().matcher(spaced.replace(" ", ""));
                if (!m.find() || figures.containsKey(l.id())) {
                    continue;
                }
                labels++;
                firstLine = firstLine < 0 ? i + 1 : firstLine;
                Long v = value(afterLabel(spaced, m.end()), cumulative, l.id(), lines);
                if (v != null) {
                    figures.put(l.id(), v);
                }
            }
        }
        if (labels < MIN_LABELS) {
            return false;
        }
        map.legacyFigures.putAll(figures);
        map.legacyTableLine = firstLine;
        return true;
    }

    /** The text after the {@code end}-th non-space character of the spaced line. */
    private static String afterLabel(String spaced, int end) {
        int seen = 0;
        int i = 0;
        while (i < spaced.length() && seen < end) {
            if (spaced.charAt(i) != ' ') {
                seen++;
            }
            i++;
        }
        return spaced.substring(i).strip();
    }

    private static Long value(String rest, boolean cumulative, String id, Lines lines) {
        // A note after the label (（不同渠道和方式公开相同信息计1条）) is not the value: its digits are skipped.
        rest = rest.replaceFirst("^\\s*[（(][^）)]{0,60}[）)]", "");
        Matcher m = VALUE.matcher(rest.replaceFirst("^(?:[:：|｜]|条|件|个|次|项|人次|\\s)+", ""));
        if (!m.find()) {
            return null;
        }
        String first = m.group(1);
        if (m.group(2) != null || !cumulative || first.length() < 2) {
            return first.length() > 9 ? null : Long.parseLong(first);
        }
        // This year's value and the years' total written together: one split only, or none.
        List<Long> years = new ArrayList<>();
        for (int at = 1; at < first.length(); at++) {
            String total = first.substring(at);
            if (total.length() > 1 && total.charAt(0) == '0' || at > 9 || total.length() > 12) {
                continue;
            }
            long year = Long.parseLong(first.substring(0, at));
            if (year <= Long.parseLong(total)) {
                years.add(year);
            }
        }
        if (years.size() == 1) {
            return years.get(0);
        }
        // Several splits keep this year under the total: the one the report's own sentences state decides
        // (2018年全区主动公开政府信息2069条 for 主动公开文件数条206912106), if exactly one of them is stated.
        List<Long> stated = stated(id, lines);
        List<Long> backed = years.stream().filter(stated::contains).toList();
        return backed.size() == 1 ? backed.get(0) : null;
    }

    /** The figures the prose states for a statistic (主动公开政府信息2069条, 收到…申请21条, 同意公开答复数17条). */
    private static List<Long> stated(String id, Lines lines) {
        Pattern p = STATED.get(id);
        List<Long> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = p.matcher(lines.compact(i));
            while (m.find()) {
                if (m.group(1).length() <= 9) {
                    out.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return out;
    }

    /** How a sentence states a statistic of the old table: the label's words, then the number and its unit. */
    private static final Map<String, Pattern> STATED = Map.of(
            "proactiveItems", Pattern.compile("主动公开(?:政府|政务)?(?:信息|文件)(?:共计?|总数)?(\\d+)(?:条|件|份)"),
            "requestsReceived", Pattern.compile("(?:收到|受理)[^。；;，,\\d]{0,20}?申请(?:共计?|总数)?(\\d+)(?:条|件)"),
            "grantedReplies", Pattern.compile("(?<![不部分])同意公开(?:答复)?数?(\\d+)(?:条|件)"));
}
