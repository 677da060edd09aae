package cn.gongkai.report.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The hand-written expectations of one corpus file (its {@code NAME.expected.json} sidecar; see the corpus
 * README): metadata, the cells of tables 二/三/四 the file states (a JSON null is a cell the file states as
 * blank, so it must be read as unknown), the tables it does not state at all ({@code notStated}: every
 * cell there must stay unknown), the diagnostic codes that must and must not appear, and for a report
 * before 2019 the figures of its one-column statistics table ({@code legacy}: id → this year's value).
 */
record Expected(String layoutClass, @Nullable String organ, List<String> organAlso, @Nullable Integer year,
        @Nullable String publishedOn,
        JsonNode proactive, JsonNode requests, JsonNode reviews, List<String> notStated, List<String> codes,
        List<String> notCodes, JsonNode legacy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Expected read(Path sidecar) throws IOException {
        JsonNode n = JSON.readTree(Files.readString(sidecar));
        // "organ" may list several names when the file itself names its organ in more than one way (page title 某管委会,
        // the report's own title 某实验区): any of them is right.
        JsonNode organ = n.path("organ");
        List<String> names = organ.isArray() ? strings(organ) : organ.isString() ? List.of(organ.asString()) : List.of();
        return new Expected(n.path("class").asString(), names.isEmpty() ? null : names.get(0), names,
                n.path("year").isNumber() ? n.path("year").asInt() : null, text(n, "publishedOn"),
                n.path("proactive"), n.path("requests"), n.path("reviews"), strings(n.path("notStated")),
                strings(n.path("codes")), strings(n.path("notCodes")), n.path("legacy"));
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() ? v.asString() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asString());
        }
        return out;
    }
}
