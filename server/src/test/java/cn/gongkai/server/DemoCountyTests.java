package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alive demo county as a visitor reads it: each seed township's annual report of its seed year is
 * published and, read from /api/reports, states what the seed states, with no error-level finding. The
 * expected figures are written by hand from the seed reports (/work/shared/seeds, also
 * report-core/src/test/resources/seeds), not taken from the demo's code.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-county-test;DB_CLOSE_DELAY=-1",
        "gongkai.demo.activity=true"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoCountyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode report(String organ, int year) throws Exception {
        var response = mvc.perform(get("/api/reports/" + organ + "/" + year)).andReturn().getResponse();
        assertThat(response.getStatus()).as(organ + " " + year + " 年报已发布").isEqualTo(200);
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Map<String, Long> byKind(JsonNode report) {
        Map<String, Long> m = new LinkedHashMap<>();
        report.path("narrative").path("proactiveItemsByKind").properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }

    private static List<String> errors(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("diagnostics").forEach(d -> {
            if ("error".equals(d.path("severity").asString())) {
                out.add(d.path("code").asString() + " " + d.path("message").asString());
            }
        });
        return out;
    }

    private static List<Long> row(JsonNode report, String id) {
        List<Long> out = new ArrayList<>();
        report.path("requests").path("rows").path(id).forEach(n -> out.add(n.asLong()));
        return out;
    }

    private long published(String organ, int year) {
        return jdbc.sql("""
                SELECT count(*) FROM publication_item i JOIN organ o ON o.id = i.organ_id
                WHERE o.code = :c AND i.status = 'PUBLISHED' AND EXTRACT(YEAR FROM i.published_on) = :y""")
                .param("c", organ).param("y", year).query(Long.class).single();
    }

    @Test
    void puweiStates45ItemsAsTheSeedItemizesThem() throws Exception {
        JsonNode r = report("puwei", 2025);
        // Seed 000: 主动公开信息 45 条，其中工作动态 27 条，通知公告 7 条，图片展示 5 条，其他信息 6 条; no request.
        assertThat(r.path("narrative").path("proactiveItemsTotal").asLong()).isEqualTo(45);
        assertThat(byKind(r)).containsExactly(Map.entry("工作动态", 27L), Map.entry("通知公告", 7L), Map.entry("图片展示", 5L),
                Map.entry("其他信息", 6L));
        assertThat(row(r, "newlyReceived")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(r.path("reconsideration").path("total").asLong()).isZero();
        assertThat(r.path("publishedOn").asString()).isEqualTo("2026-01-15"); // the seed's signature date
        assertThat(errors(r)).isEmpty();
        assertThat(published("puwei", 2025)).isEqualTo(45);
    }

    @Test
    void baipoStates73ItemsWithTheUnitemized16AsOther() throws Exception {
        JsonNode r = report("baipo", 2024);
        // Seed 002: 73 条，其中工作动态 51 条，通知公告 4 条及图片展示 2 条 (57 itemized): the other 16 are 其他信息.
        assertThat(r.path("narrative").path("proactiveItemsTotal").asLong()).isEqualTo(73);
        assertThat(byKind(r)).containsEntry("工作动态", 51L).containsEntry("通知公告", 4L).containsEntry("图片展示", 2L)
                .containsEntry("其他信息", 16L);
        assertThat(errors(r)).isEmpty();
        assertThat(published("baipo", 2024)).isEqualTo(73);
    }

    @Test
    void xiaopuHasTwoRequestsFromNaturalPersonsAndOneCorrectedReconsideration() throws Exception {
        JsonNode r = report("xiaopu", 2025);
        // Seed 003: 473 条; 本年新收 自然人 2 = 总计 2; 3.其他 2; 结转 0; 行政复议 结果纠正 1 = 总计 1; 诉讼 0.
        assertThat(r.path("narrative").path("proactiveItemsTotal").asLong()).isEqualTo(473);
        assertThat(row(r, "newlyReceived")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(row(r, "carriedIn")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(row(r, "otherHandling")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(row(r, "carriedOut")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(r.path("reconsideration").path("corrected").asLong()).isEqualTo(1);
        assertThat(r.path("reconsideration").path("total").asLong()).isEqualTo(1);
        assertThat(r.path("litigationDirect").path("total").asLong()).isZero();
        assertThat(r.path("narrative").path("requestsReceivedStated").asLong()).isEqualTo(2);
        assertThat(errors(r)).isEmpty();
        assertThat(published("xiaopu", 2025)).isEqualTo(473);
    }

    @Test
    void bingguAndGaopingArePublishedWithTheSeedsWords() throws Exception {
        JsonNode binggu = report("binggu", 2024);
        // Seed 004: 50 条，其中工作动态 37 条，通知公告 13 条.
        assertThat(byKind(binggu)).containsExactly(Map.entry("工作动态", 37L), Map.entry("通知公告", 13L));
        assertThat(errors(binggu)).isEmpty();
        JsonNode gaoping = report("gaoping", 2025);
        assertThat(errors(gaoping)).isEmpty();
        // Section 五 in the seed's own words; section 六 of seed 001 is “无”.
        assertThat(gaoping.path("sections").path("五").asString()).contains("上面千条线，下面一根针");
        assertThat(gaoping.path("sections").path("六").asString()).isEqualTo("无");
        // Table 二 as in every seed: all 0.
        assertThat(gaoping.path("proactive").path("licensing").path("decisions").asLong()).isZero();
    }

    @Test
    void searchFindsItemsAGuideAndAReport() throws Exception {
        // The demo's index is built in the background after the first start (the portal answers meanwhile,
        // and the search page says so): wait for it, at most 60 s.
        for (int i = 0; i < 600 && page("/search?q=%E6%9E%87%E6%9D%B7").contains("检索索引正在建立"); i++) {
            Thread.sleep(100);
        }
        String reports = mvc.perform(get("/search").param("q", "小铺镇 年报")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reports).contains("href=\"/portal/xiaopu/reports/2025\"");
        String guide = mvc.perform(get("/search").param("q", "普威镇 公开指南")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(guide).contains("href=\"/portal/puwei/guide\"");
        // 枇杷 is in the demo's photo and training items (DemoTexts), published in every township.
        String items = mvc.perform(get("/search").param("q", "枇杷")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(items).select("ol.search-results li")).isNotEmpty();
        String nothing = mvc.perform(get("/search").param("q", "没有这个词的检索")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(nothing).select(".suggestions a").eachText()).contains("年度报告");
    }

    /**
     * Every public page type, read as a visitor reads it (text, alternative texts, titles, labels), has no
     * English or developer words outside {@link LatinWords#ALLOWED}.
     */
    @Test
    void publicPagesShowNoEnglishOrDeveloperText() throws Exception {
        String item = org.jsoup.Jsoup.parse(page("/portal/xiaopu")).select("table.list-table a").first().attr("href");
        List<String> paths = List.of("/", "/portal", "/portal/xiaopu", "/portal/xiaopu/guide", "/portal/xiaopu/rules",
                "/portal/xiaopu/statutory", "/portal/xiaopu/reports", "/portal/xiaopu/reports/2025", item, item + "?print=1",
                "/search?q=%E6%9E%87%E6%9D%B7", "/search?q=%E5%B9%B4%E6%8A%A5", "/apply", "/apply/xiaopu", "/feedback/xiaopu",
                "/check", "/sitemap", "/contact", "/no-such-page");
        java.util.Map<String, java.util.Set<String>> found = new java.util.TreeMap<>();
        for (String path : paths) {
            for (String word : LatinWords.in(org.jsoup.Jsoup.parse(page(path)))) {
                found.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add(path);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theMetadataValuesNameTheirOwnLabelAndTheReportTablesScrollInNamedFocusableBoxes() throws Exception {
        String item = org.jsoup.Jsoup.parse(page("/portal/xiaopu")).select("table.list-table a").first().attr("href");
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(page(item));
        org.jsoup.nodes.Element meta = d.selectFirst("table.metadata");
        // Two pairs a row: 发布机构's value is the organ's name and names 发布机构 alone, not 索引号 too.
        org.jsoup.nodes.Element organ = meta.selectFirst("td:containsOwn(米易县小铺镇人民政府)");
        assertThat(organ.attr("headers").split(" ")).hasSize(1);
        assertThat(meta.getElementById(organ.attr("headers")).text()).isEqualTo("发布机构");
        for (org.jsoup.nodes.Element td : meta.select("td")) {
            assertThat(meta.getElementById(td.attr("headers"))).as(td.text()).isNotNull();
        }
        org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(page("/portal/xiaopu/reports/2025"));
        assertThat(report.select("div.scroll[tabindex=0][role=region] > table")).hasSize(3);
        assertThat(report.select("div.scroll[role=region]").eachAttr("aria-label")).containsExactly(
                "表格：二、主动公开政府信息情况", "表格：三、收到和处理政府信息公开申请情况", "表格：四、政府信息公开行政复议、行政诉讼情况");
        assertThat(report.select("table.t3 td").first().attr("headers")).isNotBlank();
    }

    /**
     * One item a year of every organ carries a file a visitor downloads from the portal and opens: the first two
     * PDFs (where the PDF font is installed), the others Word with its item's title in it; the search index has
     * the text the reader gets from the file. The files are made on a thread of their own at start (DemoAttachments), so this is
     * what has to stay as it was.
     */
    @Test
    void everyOrganYearHasAWordOrPdfFileThatOpensWithItsText() throws Exception {
        var files = jdbc.sql("""
                SELECT a.id, a.file_name, a.media_type, CAST(a.text_content AS VARCHAR) AS text_content, i.index_number, i.title, o.code FROM attachment a
                JOIN publication_item i ON i.id = a.item_id JOIN organ o ON o.id = i.organ_id ORDER BY a.id""")
                .query().listOfRows();
        int years = DemoActivity.PLANS.size() + (java.time.LocalDate.now().getYear() > 2025 ? DemoData.ORGANS.size() : 0);
        assertThat(files).hasSize(years);
        var reader = new cn.gongkai.report.extract.DocumentReader(cn.gongkai.report.extract.ReadLimits.DEFAULT);
        int pdfs = 0;
        for (var f : files) {
            String name = (String) f.get("file_name");
            String title = (String) f.get("title");
            assertThat(name).isEqualTo(title + (name.endsWith(".pdf") ? ".pdf" : ".docx"));
            pdfs += name.endsWith(".pdf") ? 1 : 0;
            var response = mvc.perform(get("/portal/" + f.get("code") + "/items/" + f.get("index_number") + "/attachments/"
                    + f.get("id"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(name).isEqualTo(200);
            String text = String.join("", reader.read(response.getContentAsByteArray()).lines()).replaceAll("\\s", "");
            assertThat(((String) f.get("text_content")).replaceAll("\\s", "")).as(name).isEqualTo(text);
            if (name.endsWith(".docx")) {
                // The generated PDFs' CJK glyphs read back as '#' (their fonts carry no mapping the reader uses): known,
                // not changed here; the Word files read as written.
                assertThat(text).as(name).contains(title.replaceAll("\\s", ""));
            }
        }
        assertThat(pdfs).isEqualTo(cn.gongkai.server.shared.ChinesePdf.knownFontInstalled() ? DemoAttachments.MAX_PDFS : 0);
    }

    private String page(String path) throws Exception {
        var r = mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
        return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
