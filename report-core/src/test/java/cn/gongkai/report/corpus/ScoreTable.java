package cn.gongkai.report.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The per-class table the scoring test prints. */
final class ScoreTable {

    final Map<String, ClassScore> classes = new TreeMap<>();
    final List<FileScore> files;

    ScoreTable(List<FileScore> files) {
        this.files = files;
        for (FileScore f : files) {
            classes.computeIfAbsent(f.layoutClass, ClassScore::new).add(f);
        }
    }

    Collection<ClassScore> classes() {
        return classes.values();
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %5s %6s %6s %7s %5s %7s %11s %9s%n", "class", "files", "stated",
                "right", "unknown", "wrong", "right%", "meta right", "code miss"));
        int files = 0, stated = 0, right = 0, unknown = 0, wrong = 0, ms = 0, mr = 0, cm = 0;
        for (ClassScore c : classes.values()) {
            sb.append(String.format(Locale.ROOT, "%-14s %5d %6d %6d %7d %5d %6.1f%% %5d/%-5d %9d%n", c.layoutClass,
                    c.files, c.stated(), c.right, c.unknown, c.wrong, 100 * c.cellShare(), c.metaRight, c.metaStated,
                    c.codeMisses.size()));
            files += c.files;
            stated += c.stated();
            right += c.right;
            unknown += c.unknown;
            wrong += c.wrong;
            ms += c.metaStated;
            mr += c.metaRight;
            cm += c.codeMisses.size();
        }
        sb.append(String.format(Locale.ROOT, "%-14s %5d %6d %6d %7d %5d %6.1f%% %5d/%-5d %9d%n", "ALL", files, stated,
                right, unknown, wrong, stated == 0 ? 100.0 : 100.0 * right / stated, mr, ms, cm));
        return sb.toString();
    }
}
