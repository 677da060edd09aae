package cn.gongkai.report.parse;

import cn.gongkai.report.model.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the six section headings. Headings are short lines "一、总体情况" … with the section's
 * keywords; site navigation often repeats "一、总体情况" before the title, so section 一 is the last
 * candidate before section 二, and every later section the first candidate after its predecessor.
 */
final class SectionFinder {

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六])[、.,:]?(.*)$");
    private static final int MAX_HEADING_LENGTH = 40;

    private SectionFinder() {
    }

    /** Section → 0-based line index of its heading; absent sections are missing from the map. */
    static Map<Section, Integer> find(Lines lines) {
        Map<Section, List<Integer>> candidates = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            candidates.put(s, new ArrayList<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            String norm = lines.norm.get(i);
            if (norm.length() > 3 * MAX_HEADING_LENGTH || !startsWithNumeral(norm)) {
                continue; // prose or a table row, not a heading
            }
            String compact = lines.compact(i);
            if (compact.isEmpty() || compact.length() > MAX_HEADING_LENGTH) {
                continue;
            }
            var m = HEADING.matcher(compact);
            if (!m.matches()) {
                continue;
            }
            Section s = sectionOf(m.group(1), m.group(2));
            if (s != null) {
                candidates.get(s).add(i);
            }
        }
        Map<Section, Integer> chosen = new EnumMap<>(Section.class);
        List<Integer> overview = candidates.get(Section.OVERVIEW);
        List<Integer> proactive = candidates.get(Section.PROACTIVE);
        Integer second = null;
        for (int p : proactive) {
            if (overview.stream().anyMatch(o -> o < p)) {
                second = p;
                break;
            }
        }
        if (second == null && !proactive.isEmpty()) {
            second = proactive.get(0);
        }
        int floor = -1;
        if (second != null) {
            int bound = second;
            overview.stream().filter(o -> o < bound).reduce((a, b) -> b).ifPresent(o -> chosen.put(Section.OVERVIEW, o));
            chosen.put(Section.PROACTIVE, second);
            floor = second;
        } else if (!overview.isEmpty()) {
            chosen.put(Section.OVERVIEW, overview.get(0));
            floor = overview.get(0);
        }
        for (Section s : Section.values()) {
            if (s.ordinal() < Section.REQUESTS.ordinal()) {
                continue;
            }
            for (int c : candidates.get(s)) {
                if (c > floor) {
                    chosen.put(s, c);
                    floor = c;
                    break;
                }
            }
        }
        return chosen;
    }

    private static boolean startsWithNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return "一二三四五六".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static Section sectionOf(String numeral, String rest) {
        return switch (numeral) {
            case "一" -> rest.contains("总体情况") ? Section.OVERVIEW : null;
            case "二" -> rest.contains("主动公开") ? Section.PROACTIVE : null;
            case "三" -> rest.contains("收到和处理") || rest.contains("申请情况") || rest.contains("依申请公开")
                    ? Section.REQUESTS : null;
            case "四" -> rest.contains("行政复议") || rest.contains("行政诉讼") ? Section.REVIEWS : null;
            case "五" -> rest.contains("问题") && (rest.contains("改进") || rest.contains("不足") || rest.contains("存在"))
                    ? Section.PROBLEMS : null;
            case "六" -> rest.contains("其他需要报告") || rest.contains("其他事项") ? Section.OTHER_MATTERS : null;
            default -> null;
        };
    }
}
