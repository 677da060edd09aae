package cn.gongkai.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to try when a search finds nothing: each word of a several-word query alone, a long word's first
 * half, and the words visitors of a disclosure portal most often look for.
 */
final class Suggestions {

    static final List<String> COMMON = List.of("政府信息公开指南", "年度报告", "通知公告", "预算", "低保");

    private Suggestions() {
    }

    static List<String> of(String q) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = q.strip().split("\\s+");
        if (words.length > 1) {
            for (String w : words) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        } else if (q.strip().length() >= 4) {
            out.add(q.strip().substring(0, q.strip().length() / 2));
        }
        out.addAll(COMMON);
        out.remove(q.strip());
        return new ArrayList<>(out).subList(0, Math.min(out.size(), 8));
    }
}
