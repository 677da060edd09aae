package cn.gongkai.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Figures stated in the prose of a report (not in its tables), so that rules can compare them with
 * the tables. Every figure is null when the text does not state it.
 */
public record Narrative(
        @Nullable Long proactiveItemsTotal,
        Map<String, Long> proactiveItemsByKind,
        @Nullable Long requestsReceivedStated,
        @Nullable Long reconsiderationsStated,
        @Nullable StatedDocumentCounts normativeDocumentsStated) {

    public Narrative {
        proactiveItemsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(proactiveItemsByKind));
    }

    public static Narrative empty() {
        return new Narrative(null, Map.of(), null, null, null);
    }
}
