package cn.gongkai.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.render.TextRenderer;
import cn.gongkai.report.testing.RandomReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON output against the contract of spec/report-json.md, field by field, written from that
 * document (not from our reader): names, types, the 25 row ids in order, null for unknown cells,
 * money as a string, ISO dates, the diagnostic shape.
 */
class JsonContractTests {

    private static final List<String> ROW_IDS = List.of("newlyReceived", "carriedIn", "granted", "partiallyGranted",
            "withheldStateSecret", "withheldProhibitedByLaw", "withheldSecurityStability", "withheldThirdPartyRights",
            "withheldInternalAffairs", "withheldProcessInformation", "withheldEnforcementFiles", "withheldInquiryMatter",
            "unableNotHeld", "unableNeedsCreation", "unableStillUnclear", "notProcessedComplaint", "notProcessedDuplicate",
            "notProcessedPublication", "notProcessedExcessive", "notProcessedConfirmation", "otherCorrectionOverdue",
            "otherFeeUnpaid", "otherHandling", "handledTotal", "carriedOut");
    private static final List<String> COLUMNS = List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
            "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total");
    private static final Set<String> CODES = Set.of("T3-BALANCE", "T3-ROW-TOTAL", "T3-HANDLED-TOTAL", "T4-TOTAL",
            "T3-MISSING-COLUMN", "CELL-MISSING", "LABEL-DEVIATION", "SECTION-MISSING", "SIGNATURE-MISSING",
            "LATE-PUBLICATION", "NARRATIVE-MISMATCH", "NARRATIVE-PARTS", "ORGAN-KIND-RESIDUE", "OLD-TEMPLATE",
            "YEAR-MISMATCH", "UNREADABLE", "CELL-INFERRED", "NOT-CHECKED", "T3-CARRY-OVER", "T2-IN-FORCE-PROGRESSION",
            "INPUT-TOO-COMPLEX");

    private final ReportChecker checker = ReportChecker.builder().build();
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void seedsAndRandomReportsFollowTheContract() throws IOException {
        List<CheckResult> results = new ArrayList<>();
        for (String s : List.of("000", "001", "002", "003", "004")) {
            results.add(checker.check(resource("/seeds/" + s + ".txt"), s + ".txt"));
        }
        RandomReports random = new RandomReports(99);
        for (int i = 0; i < 100; i++) {
            results.add(checker.check(TextRenderer.render(random.next()).getBytes(StandardCharsets.UTF_8), "r.txt"));
        }
        results.add(checker.check(new byte[0], "empty.txt"));
        for (CheckResult r : results) {
            conforms(mapper.readTree(ReportJson.write(r)));
        }
    }

    @Test
    void theExampleOfTheContractReadsBackAsWritten() throws IOException {
        JsonNode json = mapper.readTree(ReportJson.write(checker.check(resource("/seeds/002.txt"), "002_b64ac9785685f2b0.txt")));
        assertThat(json.path("source").asString()).isEqualTo("002_b64ac9785685f2b0.txt");
        assertThat(json.path("organ").asString()).isEqualTo("米易县白坡彝族乡人民政府");
        assertThat(json.path("organKind").asString()).isEqualTo("township");
        assertThat(json.path("year").asInt()).isEqualTo(2024);
        assertThat(json.path("publishedOn").asString()).isEqualTo("2025-01-13");
        assertThat(json.path("proactive").path("administrativeFees").path("tenThousandYuan").asString()).isEqualTo("0");
        assertThat(json.path("narrative").path("proactiveItemsTotal").asInt()).isEqualTo(73);
        assertThat(json.path("narrative").path("proactiveItemsByKind").toString())
                .isEqualTo("{\"工作动态\":51,\"通知公告\":4,\"图片展示\":2}");
        assertThat(json.path("narrative").path("reconsiderationsStated").isNull()).isTrue();
        JsonNode parts = json.path("diagnostics").get(0);
        assertThat(parts.path("code").asString()).isEqualTo("NARRATIVE-PARTS");
        assertThat(parts.path("message").asString()).isEqualTo("主动公开信息共 73 条，所列“其中”各项合计 57 条，另有 16 条未分类说明");
        assertThat(parts.path("location").path("section").asString()).isEqualTo("一");
    }

    private static void conforms(JsonNode j) {
        assertThat(j.path("format").asString()).isEqualTo("gongkai-annual-report/1");
        stringOrNull(j, "source");
        stringOrNull(j, "organ");
        assertThat(j.path("organKind").asString()).isIn("county", "township", "subdistrict", "department", "other");
        assertThat(j.path("year").isNull() || j.path("year").isIntegralNumber()).isTrue();
        assertThat(j.path("publishedOn").isNull() || j.path("publishedOn").asString().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue();
        assertThat(j.path("templateEdition").asString()).isIn("2021", "2019", "unknown");
        JsonNode p = j.path("proactive");
        for (String k : List.of("rules", "normativeDocuments")) {
            for (String f : List.of("issued", "repealed", "inForce")) {
                count(p.path(k), f);
            }
        }
        for (String k : List.of("licensing", "penalty", "coerciveMeasure")) {
            count(p.path(k), "decisions");
        }
        JsonNode fee = p.path("administrativeFees").path("tenThousandYuan");
        assertThat(fee.isNull() || fee.isString() && fee.asString().matches("\\d+(\\.\\d+)?")).as("money is a string").isTrue();
        JsonNode requests = j.path("requests");
        List<String> columns = new ArrayList<>();
        requests.path("columns").forEach(c -> columns.add(c.asString()));
        assertThat(columns).isEqualTo(COLUMNS);
        assertThat(new ArrayList<>(requests.path("rows").propertyNames())).isEqualTo(ROW_IDS);
        for (String id : ROW_IDS) {
            JsonNode row = requests.path("rows").path(id);
            assertThat(row.isArray() && row.size() == 7).as(id).isTrue();
            row.forEach(c -> assertThat(c.isNull() || c.isIntegralNumber() && c.asLong() >= 0).isTrue());
        }
        for (String g : List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration")) {
            for (String f : List.of("upheld", "corrected", "otherResult", "pending", "total")) {
                count(j.path(g), f);
            }
        }
        JsonNode n = j.path("narrative");
        for (String f : List.of("proactiveItemsTotal", "requestsReceivedStated", "reconsiderationsStated")) {
            assertThat(n.has(f) && (n.path(f).isNull() || n.path(f).isIntegralNumber())).as(f).isTrue();
        }
        assertThat(n.path("proactiveItemsByKind").isObject()).isTrue();
        for (JsonNode d : j.path("diagnostics")) {
            assertThat(d.path("code").asString()).isIn(CODES);
            assertThat(d.path("severity").asString()).isIn("error", "warning", "info");
            assertThat(d.path("message").asString()).matches("(?s).*\\p{IsHan}.*");
            JsonNode l = d.path("location");
            assertThat(l.isObject()).isTrue();
            assertThat(l.path("line").isMissingNode() || l.path("line").asInt() >= 1).isTrue();
        }
    }

    private static void count(JsonNode o, String field) {
        JsonNode v = o.path(field);
        assertThat(o.has(field) && (v.isNull() || v.isIntegralNumber() && v.asLong() >= 0)).as(field).isTrue();
    }

    private static void stringOrNull(JsonNode j, String field) {
        assertThat(j.has(field) && (j.path(field).isNull() || j.path(field).isString())).as(field).isTrue();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = JsonContractTests.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
