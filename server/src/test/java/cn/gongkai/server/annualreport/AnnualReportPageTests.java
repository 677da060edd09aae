package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.request.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A township's 2025 report compiled from its cases, completed, and checked. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:annual-report-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class AnnualReportPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Test
    void tablesComeFromTheCasesAndTheMissingFiguresBlockUntilEntered() throws Exception {
        clock.set(LocalDate.of(2025, 12, 1));
        MockHttpSession drafter = login("xiaopu.drafter");
        String granted = register(drafter, "2025-12-01", "小铺镇2025年惠农补贴发放名单");
        step(drafter, granted + "/decision", "outcome", "GRANTED");
        for (String reviewer : new String[] {"xiaopu.reviewer1", "xiaopu.reviewer2", "xiaopu.reviewer3"}) {
            step(login(reviewer), granted + "/approve");
        }
        step(drafter, granted + "/send", "method", "当面送达");
        clock.set(LocalDate.of(2025, 12, 30));
        register(drafter, "2025-12-30", "小铺镇集镇规划");

        clock.set(LocalDate.of(2026, 1, 10));
        Document page = page("/workspace/annual-report?year=2025", drafter);
        assertThat(page.select("#blocking li").eachText()).contains("表二 行政许可 本年处理决定数量",
                "五、存在的主要问题及改进情况（正文）");

        JsonNode json = json(drafter);
        // One request granted in December, one received on 30 December and carried into 2026: both natural persons.
        assertThat(json.at("/requests/rows/newlyReceived/0").asLong()).isEqualTo(2);
        assertThat(json.at("/requests/rows/granted/0").asLong()).isEqualTo(1);
        assertThat(json.at("/requests/rows/carriedOut/0").asLong()).isEqualTo(1);
        assertThat(json.at("/requests/rows/handledTotal/6").asLong()).isEqualTo(1);
        assertThat(json.at("/proactive/licensing/decisions").isNull()).isTrue();

        mvc.perform(post("/workspace/annual-report").session(drafter).with(csrf()).param("year", "2025")
                .param("licensing", "三")).andExpect(flash().attribute("problem", "行政许可决定数“三”不是整数"));
        // Figures from another system's CSV export; a wrong line is located and nothing is imported.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workspace/annual-report/figures")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "许可处罚.csv", "text/csv",
                        "项目,数值\n行政许可,12\n行政处罚,三\n".getBytes(StandardCharsets.UTF_8)))
                .param("year", "2025").session(drafter).with(csrf()))
                .andExpect(flash().attribute("problem", "没有导入：许可处罚.csv 第 3 行：“三”不是整数"));
        assertThat(json(drafter).at("/proactive/licensing/decisions").isNull()).isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workspace/annual-report/figures")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "许可.csv", "text/csv",
                        "\uFEFF项目,数值\n行政许可,7\n行政事业性收费（万元）,0.35\n".getBytes(StandardCharsets.UTF_8)))
                .param("year", "2025").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "已从“许可.csv”导入表二的数字并重新核对。"));
        assertThat(json(drafter).at("/proactive/licensing/decisions").asLong()).isEqualTo(7);
        assertThat(json(drafter).at("/proactive/administrativeFees/tenThousandYuan").asText()).isEqualTo("0.35");
        mvc.perform(post("/workspace/annual-report").session(drafter).with(csrf()).param("year", "2025")
                .param("rulesIssued", "0").param("rulesRepealed", "0").param("rulesInForce", "0").param("licensing", "12")
                .param("penalty", "3").param("coerciveMeasure", "0").param("feesWanYuan", "0")
                .param("overview", "2025年，小铺镇认真贯彻落实《条例》，本年新收政府信息公开申请{本年新收申请}件。").param("problems", "信息发布的及时性有待提高。")
                .param("otherMatters", "本年度未收取信息处理费。"))
                .andExpect(flash().attribute("done", "已保存并重新核对。"));

        Document after = page("/workspace/annual-report?year=2025", drafter);
        assertThat(after.select("#preview-overview").text()).isEqualTo("2025年，小铺镇认真贯彻落实《条例》，本年新收政府信息公开申请2件。");
        assertThat(after.select("#overview").text()).contains("{本年新收申请}");
        mvc.perform(post("/workspace/annual-report").session(drafter).with(csrf()).param("year", "2025")
                .param("overview", "共{申请总数}件")).andExpect(flash().attribute("problem",
                        org.hamcrest.Matchers.startsWith("正文中有无法填写的数字占位符：{申请总数}。可用的有：")));
        // The chart of outcomes over the years is an SVG on the page, with its numbers in a table: 2025 has 1 granted.
        assertThat(after.select("figure.chart img.chart-image")).hasSize(1);
        assertThat(after.select("#outcome-data tbody tr").last().select("td").eachText()).containsExactly("1", "0", "0", "0", "0", "0");
        assertThat(after.select("#blocking")).isEmpty();
        assertThat(after.select("#findings .sev-error")).isEmpty();
        assertThat(json(drafter).at("/proactive/licensing/decisions").asLong()).isEqualTo(12);
        // Another township sees its own (empty) report, never this one's.
        assertThat(json(login("gaoping.drafter")).at("/organ").asText()).isEqualTo("米易县高平镇人民政府");

        // Published through the review chain, it is on the portal and its downloads read back to the same report.
        // Warnings must be read and confirmed before the report can be sent for review.
        long warnings = after.select("#findings .sev-warning").size();
        if (warnings > 0) {
            mvc.perform(post("/workspace/annual-report/submit").session(drafter).with(csrf()).param("year", "2025"))
                    .andExpect(flash().attribute("problem", "核对发现 " + warnings
                            + " 条警告：请逐条阅读，确认无误后勾选“已阅读并确认警告”再提交"));
        }
        mvc.perform(post("/workspace/annual-report/submit").session(drafter).with(csrf()).param("year", "2025")
                .param("acknowledge", "true")).andExpect(flash().attribute("done", "第 1 版已提交，按本机关审核流程审核后发布。"));
        mvc.perform(get("/portal/xiaopu/reports/2025")).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        for (String reviewer : new String[] {"xiaopu.reviewer1", "xiaopu.reviewer2", "xiaopu.reviewer3"}) {
            mvc.perform(post("/workspace/annual-report/approve").session(login(reviewer)).with(csrf()).param("year", "2025"))
                    .andExpect(flash().attributeExists("done"));
        }
        Document list = Jsoup.parse(mvc.perform(get("/portal/xiaopu/reports")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select(".item-list a").eachText()).containsExactly("米易县小铺镇人民政府2025年政府信息公开工作年度报告");
        assertThat(list.select(".item-list .date").text()).isEqualTo("2026-01-10");

        cn.gongkai.report.check.ReportChecker checker = cn.gongkai.report.check.ReportChecker.builder().build();
        cn.gongkai.report.model.AnnualReport published = cn.gongkai.report.json.ReportJson.read(mvc.perform(
                get("/api/reports/xiaopu/2025")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).report();
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(published.proactive().licensing().value()).isEqualTo(12);
        for (String format : new String[] {"docx", "pdf"}) {
            byte[] file = mvc.perform(get("/portal/xiaopu/reports/2025." + format)).andReturn().getResponse().getContentAsByteArray();
            var back = checker.check(file, "r." + format).report();
            assertThat(back.requests()).as(format).isEqualTo(published.requests());
            assertThat(back.reviews()).as(format).isEqualTo(published.reviews());
            assertThat(back.proactive()).as(format).isEqualTo(published.proactive());
            assertThat(back.publishedOn()).as(format).isEqualTo(published.publishedOn());
        }
        Document html = Jsoup.parse(mvc.perform(get("/portal/xiaopu/reports/2025")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var fromHtml = checker.check(html.select("article.annual-report").outerHtml().getBytes(StandardCharsets.UTF_8), "r.html");
        assertThat(fromHtml.report().requests()).isEqualTo(published.requests());

        // A request of 20 December registered late, after publication: the page says what changed.
        register(drafter, "2025-12-20", "小铺镇2025年集镇道路维修资金");
        assertThat(page("/workspace/annual-report?year=2025", drafter).select("#changes li").eachText()).contains(
                "表三 一、本年新收政府信息公开申请数量 自然人：2 → 3", "表三 四、结转下年度继续办理 总计：1 → 2");
        // The prose follows the data: its linked figure is now 3.
        assertThat(page("/workspace/annual-report?year=2025", drafter).select("#preview-overview").text()).endsWith("申请3件。");
    }

    @Test
    void theCountySupervisorSeesEveryOrgansStateAndTheTotals() throws Exception {
        // 丙谷镇 answers one request the day it arrives: on time.
        clock.set(LocalDate.of(2025, 12, 1));
        MockHttpSession binggu = login("binggu.drafter");
        String request = register(binggu, "2025-12-01", "丙谷镇2025年防汛物资储备情况");
        step(binggu, request + "/decision", "outcome", "GRANTED");
        for (String reviewer : new String[] {"binggu.reviewer1", "binggu.reviewer2", "binggu.reviewer3"}) {
            step(login(reviewer), request + "/approve");
        }
        step(binggu, request + "/send", "method", "当面送达");
        clock.set(LocalDate.of(2026, 2, 10));
        assertThat(page("/workspace", login("binggu.admin")).select("#report-reminder span").text())
                .isEqualTo("2025 年政府信息公开工作年度报告尚未发布，发布期限为 2026-01-31，已经逾期，请尽快编制发布。");
        MockHttpSession supervisor = login("county.supervisor");
        Document page = page("/workspace/annual-report/county?year=2025", supervisor);
        assertThat(page.select("#organs tbody tr")).hasSize(8);
        // No organ has published by 10 February; townships and departments were due on 31 January.
        assertThat(page.select("#organs tbody tr:has(td:contains(米易县丙谷镇人民政府)) td").get(1).text()).isEqualTo("未发布，已逾期");
        assertThat(page.select("#timeliness-data tbody tr:has(th:contains(丙谷镇)) td").text()).isEqualTo("100.0 %");
        assertThat(page.select("figure.chart img.chart-image")).hasSize(1);
        String csv = mvc.perform(get("/workspace/annual-report/county.csv").param("year", "2025").session(supervisor))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(10).first().asString().startsWith("\uFEFF机关,已发布");
        mvc.perform(get("/workspace/annual-report/county").session(login("binggu.admin")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void sectionsFiveAndSixShowLastYearsTextAndEveryParagraphCopiedUnchanged() throws Exception {
        // 高平镇 publishes its 2024 report through the review chain on 10 January 2025.
        MockHttpSession drafter = login("gaoping.drafter");
        String kept = "一是信息发布的及时性有待提高，部分惠农补贴信息未在规定时间内公开。";
        clock.set(LocalDate.of(2025, 1, 10));
        saveProse(drafter, 2024, "2024年，高平镇主动公开政府信息，依申请公开工作平稳有序。",
                kept + "\n二是政策解读形式单一，图文解读和视频解读较少。", "2024年度高平镇未收取信息处理费，无其他需要报告的事项。");
        mvc.perform(post("/workspace/annual-report/submit").session(drafter).with(csrf()).param("year", "2024")
                .param("acknowledge", "true")).andExpect(flash().attribute("done", "第 1 版已提交，按本机关审核流程审核后发布。"));
        for (String reviewer : new String[] {"gaoping.reviewer1", "gaoping.reviewer2", "gaoping.reviewer3"}) {
            mvc.perform(post("/workspace/annual-report/approve").session(login(reviewer)).with(csrf()).param("year", "2024"))
                    .andExpect(flash().attributeExists("done"));
        }

        // The 2025 draft keeps the first paragraph of section 五 word for word and rewrites the second.
        clock.set(LocalDate.of(2026, 1, 10));
        saveProse(drafter, 2025, "2025年，高平镇围绕乡村振兴公开惠民政策，办理申请均在法定期限内答复。",
                kept + "\n二是本年度新增政策解读栏目，下一步将增加图解和视频解读。", "本年度新增村务公开栏十二个，未收取信息处理费。");
        Document page = page("/workspace/annual-report?year=2025", drafter);
        // Last year's 五 and 六, paragraph by paragraph, under this year's text areas.
        assertThat(page.select("#previous-problems .hint").text()).isEqualTo("上一年度报告原文（供对照，2024年）");
        assertThat(page.select("#previous-problems p:not(.hint)").eachText())
                .containsExactly(kept, "二是政策解读形式单一，图文解读和视频解读较少。");
        assertThat(page.select("#previous-other-matters p:not(.hint)").eachText())
                .containsExactly("2024年度高平镇未收取信息处理费，无其他需要报告的事项。");
        // Exactly the one kept paragraph is listed (一 and 六 were rewritten), and the checker warns in Chinese:
        // 1 of the 2 paragraphs of 五, the example cut after 30 characters (counted by hand: ...规定时间内).
        assertThat(page.select("#copied li").eachText()).containsExactly("第五部分“存在的主要问题及改进情况”：" + kept);
        assertThat(page.select("#findings li[data-code=COPY-FROM-LAST-YEAR]").eachText()).containsExactly(
                "警告：第五部分“存在的主要问题及改进情况”有 1 段（共 2 段）与 2024 年报告相同，"
                        + "例如“一是信息发布的及时性有待提高，部分惠农补贴信息未在规定时间内…”。请按本年实际情况撰写");
        assertThat(page.select("#findings li").eachText()).allMatch(t -> t.matches("^(错误|警告|提示)：.*"));

        // Rewritten, the paragraph is no longer flagged; last year's text stays for comparison.
        saveProse(drafter, 2025, "2025年，高平镇围绕乡村振兴公开惠民政策，办理申请均在法定期限内答复。",
                "一是本年度已建立信息发布提醒制度，惠农补贴信息均按期公开。\n二是本年度新增政策解读栏目，下一步将增加图解和视频解读。",
                "本年度新增村务公开栏十二个，未收取信息处理费。");
        Document after = page("/workspace/annual-report?year=2025", drafter);
        assertThat(after.select("#copied")).isEmpty();
        assertThat(after.select("#findings li[data-code=COPY-FROM-LAST-YEAR]")).isEmpty();
        assertThat(after.select("#previous-problems p:not(.hint)")).hasSize(2);
    }

    private void saveProse(MockHttpSession drafter, int year, String overview, String problems, String otherMatters)
            throws Exception {
        mvc.perform(post("/workspace/annual-report").session(drafter).with(csrf()).param("year", String.valueOf(year))
                .param("rulesIssued", "0").param("rulesRepealed", "0").param("rulesInForce", "0").param("licensing", "5")
                .param("penalty", "2").param("coerciveMeasure", "0").param("feesWanYuan", "0").param("overview", overview)
                .param("problems", problems).param("otherMatters", otherMatters))
                .andExpect(flash().attribute("done", "已保存并重新核对。"));
    }

    private JsonNode json(MockHttpSession session) throws Exception {
        return JsonMapper.builder().build().readTree(mvc.perform(get("/workspace/annual-report/2025.json").session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String register(MockHttpSession drafter, String on, String description) throws Exception {
        return mvc.perform(post("/workspace/requests").session(drafter).with(csrf()).param("channel", "COUNTER")
                .param("receivedOn", on).param("applicantType", "NATURAL_PERSON").param("applicantName", "吴十")
                .param("idNumber", "510421199001011233").param("contact", "13700000000").param("description", description)
                .param("formWanted", "PAPER").param("delivery", "POST")).andReturn().getResponse().getRedirectedUrl();
    }

    private void step(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(flash().attributeExists("done"));
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
