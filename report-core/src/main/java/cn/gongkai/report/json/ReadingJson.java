package cn.gongkai.report.json;

import cn.gongkai.report.model.Section;
import cn.gongkai.report.parse.SourceMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of the JSON form that say how a file was read (additions to the contract of
 * spec/report-json.md; absent for a report not parsed from a file):
 * {@code completeness} (complete / incomplete) with {@code missingSections}, {@code publishedOnSource}
 * (signature, page, pageMeta), {@code organSource} (signature, title, pageTitle, source, opening, selfReference),
 * {@code narrative.approximate} (figures written as “3200余条”), {@code legacyStatistics} (the
 * one-column table of reports before 2019, as written) and {@code reading} (oneLine, traditional, truncated).
 */
final class ReadingJson {

    private ReadingJson() {
    }

    static void add(ObjectNode root, SourceMap map) {
        root.put("completeness", map.missingSections().isEmpty() && !map.truncated() && !map.cutMidSentence()
                ? "complete" : "incomplete");
        ArrayNode missing = root.putArray("missingSections");
        for (Section s : map.missingSections()) {
            missing.add(s.numeral());
        }
        putString(root, "publishedOnSource", map.publishedOnSource());
        putString(root, "organSource", map.organSource());
        if (root.get("narrative") instanceof ObjectNode narrative) {
            ArrayNode approximate = narrative.putArray("approximate");
            map.approximateFigures().forEach(approximate::add);
        }
        if (!map.legacyFigures().isEmpty()) {
            ObjectNode legacy = root.putObject("legacyStatistics");
            map.legacyFigures().forEach(legacy::put);
        }
        ObjectNode reading = root.putObject("reading");
        reading.put("oneLine", map.reflowed());
        reading.put("traditional", map.traditional());
        reading.put("truncated", map.truncated());
    }

    private static void putString(ObjectNode o, String name, String value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }
}
