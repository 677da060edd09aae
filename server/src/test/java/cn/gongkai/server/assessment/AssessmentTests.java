package cn.gongkai.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.report.model.Section;
import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.annualreport.AnnualReportService;
import java.util.EnumSet;
import cn.gongkai.server.request.TestClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * September 2025 in the demo county: 司法局 publishes two items, one of them with a link to an item that
 * does not exist; 小铺镇 leaves an inspection finding unrectified past its day. The supervisor's ranking,
 * worked out by hand from the default scheme (docs/assessment.md), then issued and exported.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:assessment-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class AssessmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    AnnualReportService reports;

    @Test
    void theMonthIsRankedIssuedOnceAndExportedAsABulletin() throws Exception {
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        clock.set(LocalDate.of(2025, 9, 1));
        // 15 working days from Monday 1 Sep: 2–5, 8–12, 15–19, 22 → rectify by 22 Sep; still open on the 30th.
        mvc.perform(post("/workspace/inspections").param("organ", "xiaopu").param("category", "LEADERS_NOT_UPDATED")
                .param("description", "领导之窗未更新分工").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("done", "已记录问题 JC2025-0001，已通知被检查机关整改。"));
        clock.set(LocalDate.of(2025, 9, 15));
        publish("miyi-justice", "普法宣传进村入户", "<p>详见<a href=\"/portal/miyi-justice/items/NO-SUCH-ITEM\">上期通知</a>、"
                + "<a href=\"/search?q=普法\">检索</a>和<a href=\"https://www.gov.cn/\">中国政府网</a>。</p>");
        publish("miyi-justice", "人民调解员培训", "<p>培训一天。</p>");

        clock.set(LocalDate.of(2025, 10, 10));
        Document page = page(get("/workspace/assessment").param("month", "2025-09").session(supervisor));
        assertThat(page.select("#assessment-state").text()).isEqualTo("实时计算，数据截至 2025-09-30；发布后固定不变。");
        // 司法局: publishing 20×2/4 = 10, links 10−2 = 8, everything else full: 88. 小铺镇: 100−20 (no items) −2.5 = 77.5.
        // The five others published nothing: 80, sharing rank 2.
        assertThat(rows(page)).containsExactly("1 米易县司法局 88.0", "2 米易县教育和体育局 80.0", "2 米易县普威镇人民政府 80.0",
                "2 米易县高平镇人民政府 80.0", "2 米易县白坡彝族乡人民政府 80.0", "2 米易县丙谷镇人民政府 80.0",
                "7 米易县小铺镇人民政府 77.5");
        assertThat(page.text()).contains("链接指向的信息已撤回或不存在").doesNotContain("gov.cn/（");

        // Only after the month and only once; organs cannot issue.
        mvc.perform(post("/workspace/assessment/issue").param("month", "2025-10").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("problem", "2025年10月尚未结束，月底之后才能发布通报"));
        mvc.perform(post("/workspace/assessment/issue").param("month", "2025-09").session(DemoLogin.session(mvc, "puwei.admin"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/assessment/issue").param("month", "2025-09").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("done", "已发布2025年9月考核结果，可以下载通报。"));
        mvc.perform(post("/workspace/assessment/issue").param("month", "2025-09").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("problem", "这个月的考核结果已经发布，不能重复发布"));

        // Frozen: a late September item published now (October) changes nothing, and the page says so.
        Document issued = page(get("/workspace/assessment").param("month", "2025-09").session(supervisor));
        assertThat(issued.select("#assessment-state").text()).isEqualTo("考核结果已于 2025-10-10 由 county.supervisor 发布，以下为发布时的数据。");
        assertThat(rows(issued)).first().isEqualTo("1 米易县司法局 88.0");
        assertThat(issued.select("#trend tbody tr:contains(司法局) td").eachText()).contains("88.0");

        byte[] docx = mvc.perform(get("/workspace/assessment/2025-09.docx").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("米易县人民政府政府信息公开工作月度考核通报（2025年9月）");
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRow(1).getCell(1).getText()).isEqualTo("米易县司法局");
            assertThat(t.getRow(1).getCell(2).getText()).isEqualTo("88");
            assertThat(t.getRow(7).getCell(2).getText()).isEqualTo("77.5");
            String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("米易县司法局：失效链接或缺失附件1处。")
                    .contains("米易县小铺镇人民政府：检查发现的问题逾期未整改1个；本月未发布信息。")
                    .endsWith("米易县人民政府办公室\n2025年10月10日");
        }
        // An organ reads the whole bulletin but sees only its own line on the page.
        MockHttpSession xiaopu = DemoLogin.session(mvc, "xiaopu.admin");
        assertThat(rows(page(get("/workspace/assessment").param("month", "2025-09").session(xiaopu))))
                .containsExactly("7 米易县小铺镇人民政府 77.5");
        byte[] pdf = mvc.perform(get("/workspace/assessment/2025-09.pdf").session(xiaopu)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("月度考核通报（2025年9月）").contains("米易县司法局88");
        }
        // The organ's annual report states its assessment (Art. 50(四)).
        StaffUser justice = new StaffUser(0, "miyi-justice.admin", "", 3, EnumSet.of(Role.ORGAN_ADMIN), "", true, false);
        assertThat(reports.compile(justice, 3, 2025).result().report().sectionText(Section.OVERVIEW))
                .contains("全年参加月度考核1次，平均得分88分，最好名次第1名。");
        // A month not issued has no bulletin; a drafter has no assessment page.
        mvc.perform(get("/workspace/assessment/2025-08.docx").session(supervisor)).andExpect(status().isNotFound());
        mvc.perform(get("/workspace/assessment").session(DemoLogin.session(mvc, "puwei.drafter"))).andExpect(status().isForbidden());
    }

    private void publish(String organ, String title, String body) throws Exception {
        MockHttpSession drafter = DemoLogin.session(mvc, organ + ".drafter");
        String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "WORK_NEWS")
                .param("body", body).session(drafter).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "已提交审核。"));
        mvc.perform(post("/workspace/items/" + id + "/approve").param("confidentiality", "不涉密，可以公开")
                .session(DemoLogin.session(mvc, organ + ".reviewer1")).with(csrf())).andExpect(flash().attribute("done", "审核通过。"));
        mvc.perform(post("/workspace/items/" + id + "/approve").session(DemoLogin.session(mvc, organ + ".reviewer3")).with(csrf()))
                .andExpect(flash().attribute("done", "审核通过。"));
    }

    private static List<String> rows(Document page) {
        return page.select("#ranking tbody tr").stream()
                .map(tr -> tr.child(0).text() + " " + tr.child(1).text() + " " + tr.child(2).text()).toList();
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
