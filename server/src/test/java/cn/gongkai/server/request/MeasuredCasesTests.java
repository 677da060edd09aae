package cn.gongkai.server.request;

import cn.gongkai.server.FormAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.ledger.Ledger;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14's "what will be measured", walked through the pages as an applicant and a township office
 * would (December 2026; 2027's holiday notice not loaded), each case counted by hand in its comment.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:measured-cases-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class MeasuredCasesTests {

    static final String ID = "510421199001011233"; // valid check digit (RequestFlowTests)

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    /**
     * 国办函〔2020〕109号 第四条: one applicant's 1st–10th requests of a month are free, the 11th–30th 100 元 each.
     * Eleven filed online on 14 Dec: the 1st is free, the 11th costs 100 元. The 11th then ends with a reply
     * letter free of alternatives, with its number and contact, which the applicant downloads.
     */
    @Test
    void theFirstAndEleventhRequestOfAMonthAndTheirLetter() throws Exception {
        clock.set(LocalDate.of(2026, 12, 14));
        MockHttpSession admin = login("xiaopu.admin");
        mvc.perform(post("/workspace/letter-settings").session(admin).with(csrf()).param("pattern", "小府依申告〔{年}〕{号}号")
                .param("contactPerson", "李明").param("contactPhone", "0812-8100001"));
        String[] numbers = new String[11];
        String code = null;
        for (int i = 0; i < 11; i++) {
            Document done = apply("xiaopu", "赵大", "小铺镇2026年第" + (i + 1) + "批危房改造名单");
            numbers[i] = done.select("#number").text();
            code = done.select("#code").text();
        }
        MockHttpSession drafter = login("xiaopu.drafter");
        refused(drafter, url(numbers[0]) + "/fee", "按此标准不需收费（按件计收：本申请为申请人本月第 1 件（同一申请人一个自然月内10件以下不收费，"
                + "11—30件100元/件，31件以上每10件为一档、每增加一档提高100元/件）），不必发出收费通知", "mode", "PIECE", "quantity", "1");
        String eleventh = url(numbers[10]);
        step(drafter, eleventh + "/fee", "已发出收费通知，金额 100 元。", "mode", "PIECE", "quantity", "1", "on", "2026-12-14");
        step(drafter, eleventh + "/fee-paid", "已登记缴费，恢复计时。", "on", "2026-12-14");
        step(drafter, eleventh + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "GRANTED", "variant", "ALREADY_PUBLIC",
                "explanation", "该名单已于2026年11月在小铺镇人民政府信息公开专栏“涉农补贴”栏目公开，您可以在该栏目查阅。",
                "reviewBody", "米易县人民政府", "on", "2026-12-14");
        for (String reviewer : new String[] {"xiaopu.reviewer1", "xiaopu.reviewer2", "xiaopu.reviewer3"}) {
            step(login(reviewer), eleventh + "/approve", "审核通过。");
        }
        step(drafter, eleventh + "/send", "答复已送达，申请办结。", "method", "电子邮件", "on", "2026-12-14");

        Document status = Jsoup.parse(mvc.perform(post("/apply/status").param("number", numbers[10]).param("code", code).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Element reply = status.select(".letters li").stream().filter(li -> li.text().contains("政府信息公开申请答复书")).findFirst()
                .orElseThrow();
        String letterId = reply.select("form").attr("action").replaceAll("\\D+", "");
        byte[] docx = mvc.perform(post("/apply/status/letters/" + letterId).param("number", numbers[10]).param("code", code)
                .param("format", "docx").with(csrf())).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            text = x.getText();
        }
        assertThat(text).doesNotContain("（或").doesNotContain("《条例》").doesNotContain("。。").doesNotContain("无明文规定")
                .contains("您申请公开的政府信息本机关已经主动公开，获取的方式、途径见下文。")
                .contains("以上答复依据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定。")
                .contains("联系人：李明　联系电话：0812-8100001").contains("米易县小铺镇人民政府").contains("2026年12月14日");
        assertThat(text).containsPattern("小府依申告〔2026〕\\d+号");
    }

    /** Online on Sunday 20 Dec: 21–25 (5), 28–31 (9), 1 Jan 2027 off (fixed date), 4–8 (14), 11–15 (19), 18 Jan (20). */
    @Test
    void aProvisionalDeadlineFrom20DecemberAcrossNewYearsDay() throws Exception {
        clock.set(LocalDate.of(2026, 12, 20));
        Document done = apply("baipo", "钱某", "白坡乡2026年低保名单");
        assertThat(done.select("td.deadline").text()).isEqualTo("2027-01-18（暂定：跨越尚未公布放假安排的年份）");
    }

    /**
     * Art. 31(三): an e-mail arriving Friday 4 Dec, confirmed by both sides Monday 7 Dec, is received on 7 Dec:
     * 8–11 (4), 14–18 (9), 21–25 (14), 28–31 (18), 1 Jan off, 4 (19), 5 Jan (20).
     */
    @Test
    void anEmailRequestIsReceivedOnTheDayOfConfirmation() throws Exception {
        clock.set(LocalDate.of(2026, 12, 8));
        MockHttpSession drafter = login("binggu.drafter");
        String location = mvc.perform(register(drafter, "EMAIL", "2026-12-07", "12月7日回复邮件确认，申请人当日回信")
                .param("arrivedOn", "2026-12-04")).andReturn().getResponse().getRedirectedUrl();
        Document page = page(location, drafter);
        assertThat(page.select(".clock tr").get(1).select("td").text()).isEqualTo("2026-12-07（电子邮件）");
        assertThat(page.select("td.deadline").text()).startsWith("2027-01-05");
    }

    /** A counter request of Tuesday 1 Dec typed in on 2 Dec: 2–4 (3), 7–11 (8), 14–18 (13), 21–25 (18), 28, 29 Dec (20). */
    @Test
    void aCounterRequestEnteredTheNextDayKeepsItsRealDate() throws Exception {
        clock.set(LocalDate.of(2026, 12, 2));
        MockHttpSession drafter = login("gaoping.drafter");
        String location = mvc.perform(register(drafter, "COUNTER", "2026-12-01", "")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, drafter).select("td.deadline").text()).isEqualTo("2026-12-29");
        assertThat(ledger.latest(20)).anyMatch(e -> String.valueOf(e.after()).equals("当面提交 收到日期 2026-12-01（录入于 2026-12-02）"));
    }

    /** Art. 51: a complaint about a township lands with the county's 政务公开办, not with the township. */
    @Test
    void aComplaintToATownshipLandsWithTheCountySupervisor() throws Exception {
        clock.set(LocalDate.of(2026, 12, 3));
        MockHttpSession visitor = new MockHttpSession();
        FormAnswers.Answer challenge = FormAnswers.open(mvc, get("/feedback/baipo").session(visitor));
        mvc.perform(post("/feedback/baipo").session(visitor).with(csrf()).param("kind", "COMPLAINT")
                .param("content", "白坡乡逾期未答复我12月的申请。").param("mayPublish", "false").with(challenge));
        Document list = page("/workspace/feedback", login("county.supervisor"));
        Element item = list.select("article").stream().filter(a -> a.text().contains("白坡乡逾期未答复我12月的申请。")).findFirst()
                .orElseThrow();
        assertThat(item.select(".routing").text()).isEqualTo("由监督机关办理（《条例》第五十一条）");
        assertThat(item.select(".organ").text()).contains("白坡");
        long id = Long.parseLong(item.select("form[action$=/to-organ]").attr("action").replaceAll("\\D+", " ").strip().split(" ")[0]);
        refused(login("baipo.admin"), "/workspace/feedback/" + id + "/reply", "投诉由监督机关办理，尚未交由本机关答复", "reply", "已处理");
    }

    private Document apply(String organ, String name, String description) throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        FormAnswers.Answer challenge = FormAnswers.open(mvc, get("/apply/" + organ).session(visitor));
        return Jsoup.parse(mvc.perform(post("/apply/" + organ).session(visitor).with(csrf()).param("applicantType", "NATURAL_PERSON")
                .param("applicantName", name).param("idNumber", ID).param("phone", "13812345678").param("postcode", "617200")
                .param("description", description).param("formWanted", "EMAIL").param("delivery", "EMAIL")
                .with(challenge)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String url(String requestNumber) {
        return "/workspace/requests/" + jdbc.sql("SELECT id FROM disclosure_request WHERE request_number = :n")
                .param("n", requestNumber).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder register(MockHttpSession s, String channel, String on, String note) {
        return post("/workspace/requests").session(s).with(csrf()).param("channel", channel).param("receivedOn", on)
                .param("receiptNote", note).param("applicantType", "NATURAL_PERSON").param("applicantName", "孙某")
                .param("idNumber", ID).param("contact", "13700000000").param("description", "村道硬化工程验收资料")
                .param("formWanted", "PAPER").param("delivery", "POST");
    }

    private void step(MockHttpSession s, String url, String done, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post(url).session(s).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        mvc.perform(b).andExpect(flash().attribute("done", done));
    }

    private void refused(MockHttpSession s, String url, String problem, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post(url).session(s).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        mvc.perform(b).andExpect(flash().attribute("problem", problem));
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return DemoLogin.session(mvc, username);
    }
}
