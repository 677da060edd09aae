package cn.gongkai.report.parse;

import cn.gongkai.report.model.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the six section headings. Headings are short lines "一、总体情况" … with the section's
 * keywords; site navigation often repeats "一、总体情况" before the title, so section 一 is the last
 * candidate before section 二, and every later section the first candidate after its predecessor.
 */
final class SectionFinder {

    /** A heading wrapped over two lines is joined with its next line when both are this short. */
    private static final int WRAP_LENGTH = 30;
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
            // numeral, an optional separator, the title (what ^([一…八])[、.,:)．]?(.*)$ matched, without a regex)
            if (Headings.NUMERALS.indexOf(compact.charAt(0)) < 0) {
                continue;
            }
            String numeral = compact.substring(0, 1);
            String rest = compact.substring(compact.length() > 1 && "、.,:)．".indexOf(compact.charAt(1)) >= 0 ? 2 : 1);
            Section s = sectionOf(numeral, rest);
            if (s == null && compact.length() <= WRAP_LENGTH) {
                String next = nextLine(lines, i);
                if (next != null && next.length() <= WRAP_LENGTH && !startsWithNumeral(next)) {
                    s = Headings.titled(rest + next, true);
                }
            }
            if (s != null) {
                candidates.get(s).add(i);
            }
        }
        Map<Section, Integer> chosen = new EnumMap<>(Section.class);
        List<Integer> overview = candidates.get(Section.OVERVIEW);
        List<Integer> proactive = candidates.get(Section.PROACTIVE);
        Integer second = null;
        int firstOverview = overview.isEmpty() ? Integer.MAX_VALUE : overview.get(0); // candidates are in line order
        for (int p : proactive) {
            if (firstOverview < p) {
                second = p;
                break;
            }
        }
        if (second == null && !proactive.isEmpty()) {
            second = proactive.get(0);
        }
        int floor = -1;
        if (second != null) {
            for (int o : overview) {
                if (o < second) {
                    chosen.put(Section.OVERVIEW, o); // the last candidate before section 二
                }
            }
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
            if (!Chars.isWhitespace(c)) {
                return Headings.NUMERALS.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * The 2021 keywords for a heading numbered as in the national format; otherwise the title itself,
     * whatever its numeral (older reports number their sections differently), one character off at most.
     */
    private static Section sectionOf(String numeral, String rest) {
        Section s = Headings.byKeyword(numeral, rest);
        return s != null ? s : Headings.titled(rest, true);
    }

    private static String nextLine(Lines lines, int i) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            String c = lines.compact(j);
            if (!c.isEmpty()) {
                return c;
            }
        }
        return null;
    }
}
