package cn.gongkai.report.json;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.model.StatedDocumentCounts;
import cn.gongkai.report.model.TemplateEdition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a report, exactly as spec/report-json.md names its fields (a contract: fields
 * may be added, none renamed). Unknown cells are null, money is a decimal string.
 */
public final class ReportJson {

    public static final String FORMAT = "gongkai-annual-report/1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A report read back from JSON, with the diagnostics it carried. */
    public record Parsed(AnnualReport report, List<Diagnostic> diagnostics) {
    }

    private ReportJson() {
    }

    public static String write(CheckResult result) {
        return MAPPER.writeValueAsString(toNode(result));
    }

    public static String writePretty(CheckResult result) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(result));
    }

    /** The JSON form of a checked report, with how its file was read when it was parsed from one. */
    public static ObjectNode toNode(CheckResult result) {
        ObjectNode root = toNode(result.report(), result.diagnostics());
        if (result.sourceMap() != null) {
            ReadingJson.add(root, result.sourceMap());
        }
        return root;
    }

    public static ObjectNode toNode(AnnualReport r, List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        putString(root, "source", r.source());
        putString(root, "organ", r.organ());
        root.put("organKind", r.organKind().id());
        if (r.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", r.year());
        }
        putString(root, "publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        root.put("templateEdition", r.templateEdition().id());

        ObjectNode proactive = root.putObject("proactive");
        documents(proactive.putObject("rules"), r.proactive().rules());
        documents(proactive.putObject("normativeDocuments"), r.proactive().normativeDocuments());
        cell(proactive.putObject("licensing"), "decisions", r.proactive().licensing());
        cell(proactive.putObject("penalty"), "decisions", r.proactive().penalty());
        cell(proactive.putObject("coerciveMeasure"), "decisions", r.proactive().coerciveMeasure());
        putString(proactive.putObject("administrativeFees"), "tenThousandYuan",
                r.proactive().administrativeFees() == null ? null : r.proactive().administrativeFees().toPlainString());

        ObjectNode requests = root.putObject("requests");
        ArrayNode columns = requests.putArray("columns");
        for (ApplicantColumn c : ApplicantColumn.values()) {
            columns.add(c.id());
        }
        ObjectNode rows = requests.putObject("rows");
        for (RequestRow row : RequestRow.values()) {
            ArrayNode a = rows.putArray(row.id());
            for (ApplicantColumn c : ApplicantColumn.values()) {
                Cell cell = r.requests().get(row, c);
                if (cell.known()) {
                    a.add(cell.value());
                } else {
                    a.addNull();
                }
            }
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            ObjectNode group = root.putObject(g.id());
            List<Cell> cells = r.reviews().group(g).cells();
            for (int i = 0; i < 5; i++) {
                cell(group, ReviewOutcomes.COLUMN_IDS.get(i), cells.get(i));
            }
        }
        ObjectNode narrative = root.putObject("narrative");
        Narrative n = r.narrative();
        putLong(narrative, "proactiveItemsTotal", n.proactiveItemsTotal());
        ObjectNode byKind = narrative.putObject("proactiveItemsByKind");
        n.proactiveItemsByKind().forEach(byKind::put);
        putLong(narrative, "requestsReceivedStated", n.requestsReceivedStated());
        putLong(narrative, "reconsiderationsStated", n.reconsiderationsStated());
        if (n.normativeDocumentsStated() == null) {
            narrative.putNull("normativeDocumentsStated");
        } else {
            ObjectNode d = narrative.putObject("normativeDocumentsStated");
            putLong(d, "issued", n.normativeDocumentsStated().issued());
            putLong(d, "repealed", n.normativeDocumentsStated().repealed());
            putLong(d, "inForce", n.normativeDocumentsStated().inForce());
        }
        ObjectNode sections = root.putObject("sections");
        r.sections().forEach((s, text) -> sections.put(s.numeral(), text));

        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode o = diags.addObject();
            o.put("code", d.code());
            o.put("severity", d.severity().id());
            o.put("message", d.message());
            ObjectNode loc = o.putObject("location");
            Location l = d.location();
            if (l.line() != null) {
                loc.put("line", l.line());
            }
            putIfPresent(loc, "section", l.section());
            putIfPresent(loc, "table", l.table());
            putIfPresent(loc, "row", l.row());
            putIfPresent(loc, "column", l.column());
        }
        return root;
    }

    /** Reads the JSON form; throws {@link IllegalArgumentException} with a Chinese reason if it is not one. */
    public static Parsed read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("不是有效的 JSON：" + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new IllegalArgumentException("JSON 的 format 字段应为 " + FORMAT);
        }
        JsonNode p = root.path("proactive");
        ProactiveTable proactive = new ProactiveTable(documents(p.path("rules")), documents(p.path("normativeDocuments")),
                cell(p.path("licensing").path("decisions")), cell(p.path("penalty").path("decisions")),
                cell(p.path("coerciveMeasure").path("decisions")),
                decimal(p.path("administrativeFees").path("tenThousandYuan")));
        RequestTable.Builder t = RequestTable.builder();
        JsonNode rows = root.path("requests").path("rows");
        for (RequestRow row : RequestRow.values()) {
            JsonNode a = rows.path(row.id());
            for (ApplicantColumn c : ApplicantColumn.values()) {
                t.set(row, c, cell(a.path(c.ordinal())));
            }
        }
        ReviewOutcomes[] groups = new ReviewOutcomes[3];
        for (ReviewGroup g : ReviewGroup.values()) {
            List<Cell> five = new ArrayList<>();
            for (String id : ReviewOutcomes.COLUMN_IDS) {
                five.add(cell(root.path(g.id()).path(id)));
            }
            groups[g.ordinal()] = ReviewOutcomes.of(five);
        }
        JsonNode n = root.path("narrative");
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.path("proactiveItemsByKind").properties()) {
            byKind.put(e.getKey(), e.getValue().asLong());
        }
        JsonNode docs = n.path("normativeDocumentsStated");
        StatedDocumentCounts stated = docs.isObject()
                ? new StatedDocumentCounts(longOrNull(docs.path("issued")), longOrNull(docs.path("repealed")),
                        longOrNull(docs.path("inForce")))
                : null;
        Narrative narrative = new Narrative(longOrNull(n.path("proactiveItemsTotal")), byKind,
                longOrNull(n.path("requestsReceivedStated")), longOrNull(n.path("reconsiderationsStated")), stated);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            JsonNode text = root.path("sections").path(s.numeral());
            if (text.isString()) {
                sections.put(s, text.asString());
            }
        }
        String published = stringOrNull(root.path("publishedOn"));
        AnnualReport report = new AnnualReport(stringOrNull(root.path("source")), stringOrNull(root.path("organ")),
                OrganKind.fromId(root.path("organKind").asString("other")),
                root.path("year").isNumber() ? root.path("year").asInt() : null,
                published == null ? null : LocalDate.parse(published),
                TemplateEdition.fromId(root.path("templateEdition").asString("unknown")), proactive, t.build(),
                new ReviewTable(groups[0], groups[1], groups[2]), sections, narrative);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode d : root.path("diagnostics")) {
            JsonNode l = d.path("location");
            diagnostics.add(new Diagnostic(d.path("code").asString(""), Severity.fromId(d.path("severity").asString("info")),
                    d.path("message").asString(""), new Location(l.path("line").isNumber() ? l.path("line").asInt() : null,
                            stringOrNull(l.path("section")), stringOrNull(l.path("table")), stringOrNull(l.path("row")),
                            stringOrNull(l.path("column")))));
        }
        return new Parsed(report, diagnostics);
    }

    private static void documents(ObjectNode o, DocumentCounts d) {
        cell(o, "issued", d.issued());
        cell(o, "repealed", d.repealed());
        cell(o, "inForce", d.inForce());
    }

    private static DocumentCounts documents(JsonNode o) {
        return new DocumentCounts(cell(o.path("issued")), cell(o.path("repealed")), cell(o.path("inForce")));
    }

    private static void cell(ObjectNode o, String name, Cell c) {
        if (c.known()) {
            o.put(name, c.value());
        } else {
            o.putNull(name);
        }
    }

    private static Cell cell(JsonNode n) {
        return n.isIntegralNumber() && n.asLong() >= 0 ? Cell.of(n.asLong()) : Cell.unknown();
    }

    private static @Nullable BigDecimal decimal(JsonNode n) {
        if (n.isString()) {
            try {
                return new BigDecimal(n.asString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static @Nullable Long longOrNull(JsonNode n) {
        return n.isIntegralNumber() ? n.asLong() : null;
    }

    private static @Nullable String stringOrNull(JsonNode n) {
        return n.isString() ? n.asString() : null;
    }

    private static void putString(ObjectNode o, String name, @Nullable String value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    private static void putLong(ObjectNode o, String name, @Nullable Long value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    private static void putIfPresent(ObjectNode o, String name, @Nullable String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
