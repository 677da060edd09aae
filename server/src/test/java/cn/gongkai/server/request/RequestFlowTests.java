package cn.gongkai.server.request;

import cn.gongkai.server.FormAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.server.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/**
 * Requests end to end through the pages, with the clock set to September 2025 so that every deadline
 * can be checked against a hand count over 国庆 2025 (1–8 Oct off, Sundays 28 Sep and Saturday 11 Oct
 * worked).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:request-flow-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class RequestFlowTests {

    static final String ID = "510421199001011233"; // a valid check digit, computed by hand

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    RequestService service;

    @Autowired
    RequestFigures figures;

    @Autowired
    ReviewCaseService reviewCases;

    @Test
    void anApplicantFilesOnlineAndFollowsTheCaseWithNumberAndCode() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession visitor = new MockHttpSession();
        FormAnswers.keep(mvc, get("/apply/binggu").session(visitor)).andExpect(status().isOk());

        Document done = page(mvc.perform(post("/apply/binggu").session(visitor).with(csrf())
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "王小明").param("idNumber", ID)
                .param("contact", "13812345678").param("description", "丙谷镇2025年农村危房改造补助名单")
                .param("formWanted", "EMAIL").param("delivery", "EMAIL").with(FormAnswers.of(visitor))));
        String number = done.select("#number").text();
        String code = done.select("#code").text();
        assertThat(number).isEqualTo("binggu-2025-0001");
        assertThat(code).hasSize(12);
        // 16–19 Sep, 22–26, 28 Sep (worked Sunday), 29–30, 9–10 Oct, 11 Oct (worked Saturday), 13–17 Oct = 20.
        assertThat(done.select("td.deadline").text()).isEqualTo("2025-10-17");

        Document status = page(mvc.perform(post("/apply/status").param("number", number).param("code", code.toLowerCase())
                .with(csrf())));
        assertThat(status.select("td.status").text()).isEqualTo("办理中");
        assertThat(status.select(".letters li span").eachText()).containsExactly("2025-09-15 政府信息公开申请登记回执");
        assertThat(page(mvc.perform(post("/apply/status").param("number", number).param("code", "WRONGCODE123")
                .with(csrf()))).select(".alert").text()).startsWith("申请编号或查询码不正确");

        // The identity number is nowhere in the clear: not in the table, not in the ledger.
        String stored = jdbc.sql("SELECT id_number_enc || contact_enc FROM disclosure_request WHERE request_number = :n")
                .param("n", number).query(String.class).single();
        assertThat(stored).doesNotContain(ID).doesNotContain("13812345678");
        assertThat(ledger.latest(50)).noneMatch(e -> String.valueOf(e.after()).contains(ID) || String.valueOf(e.before()).contains(ID));
    }

    @Test
    void theFormRefusesAWrongAnswerAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        FormAnswers.keep(mvc, get("/apply/binggu").session(visitor));
        Document again = page(mvc.perform(post("/apply/binggu").session(visitor).with(csrf())
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "王小明").param("idNumber", "510421199001011234")
                .param("contact", "13812345678").param("description", "危房改造名单")
                .param("formWanted", "EMAIL").param("delivery", "EMAIL")
                .param("challengeToken", FormAnswers.of(visitor).token()).param("answer", "999")));
        assertThat(again.select(".alert").text()).startsWith("验证题答案不正确");
        assertThat(again.select("#description").text()).isEqualTo("危房改造名单");
        FormAnswers.Answer answer = FormAnswers.of(again.outerHtml()); // the form came back with a new challenge
        Document invalidId = page(mvc.perform(post("/apply/binggu").session(visitor).with(csrf())
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "王小明").param("idNumber", "510421199001011234")
                .param("contact", "13812345678").param("description", "危房改造名单")
                .param("formWanted", "EMAIL").param("delivery", "EMAIL").with(answer)));
        assertThat(invalidId.select(".alert").text()).isEqualTo("身份证号码“510***********1234”校验不通过，请核对");
    }

    @Test
    void staffTakeACounterRequestThroughCorrectionConsultationExtensionAndAReviewedDecision() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession drafter = login("gaoping.drafter");
        String location = mvc.perform(post("/workspace/requests").session(drafter).with(csrf())
                .param("channel", "COUNTER").param("receivedOn", "2025-09-15").param("applicantType", "NATURAL_PERSON")
                .param("applicantName", "李四").param("idNumber", "510421198506150023").param("contact", "13900001111")
                .param("description", "高平镇某村道路硬化工程验收资料").param("formWanted", "PAPER").param("delivery", "POST"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String url = "/workspace/requests/" + id;
        assertThat(page(url, drafter).select("#id-number").text()).isEqualTo("510***********0023");

        clock.set(LocalDate.of(2025, 9, 16));
        step(drafter, url + "/correction", "已发出补正告知，计时暂停，补正告知书已生成。", "items", "请写明工程所在的村和年份", "days", "10");
        // 17–19 Sep (3), 22–26 (8), Sunday 28 Sep worked (9), 29 Sep (10).
        assertThat(page(url, drafter).select("td.correction-due").text()).startsWith("2025-09-29");
        refused(drafter, url + "/correction", "这份申请当前是“等待补正”，不能进行这一步", "items", "再补正", "days", "10");

        clock.set(LocalDate.of(2025, 9, 22));
        step(drafter, url + "/correction-received", "已收到补正，答复期限自收到补正之日重新计算。", "on", "2025-09-22");
        assertThat(page(url, drafter).select("td.deadline").text()).isEqualTo("2025-10-24");

        clock.set(LocalDate.of(2025, 9, 23));
        step(drafter, url + "/consult", "已发出征求第三方意见书（第三十二条），征求意见期间不计入答复期限。", "thirdParty", "米易县某建筑工程有限公司");
        clock.set(LocalDate.of(2025, 10, 13));
        step(drafter, url + "/consult-end", "征求意见结束，恢复计时。", "on", "2025-10-13", "opinion", "不同意公开个人信息部分");
        // 24–26 Sep, 28–30 Sep, 9–11 Oct, 13 Oct: 10 working days not counted → 30 from 22 Sep: 7 Nov.
        assertThat(page(url, drafter).select("td.deadline").text()).isEqualTo("2025-11-07");

        clock.set(LocalDate.of(2025, 10, 14));
        refused(drafter, url + "/extend", "延期答复须经政府信息公开工作机构负责人同意：请由本机关管理员办理", "reason", "需要调取档案");
        MockHttpSession admin = login("gaoping.admin");
        step(admin, url + "/extend", "已延期 20 个工作日，延期答复告知书已生成。", "reason", "需要调取档案");
        assertThat(page(url, drafter).select("td.deadline").text()).isEqualTo("2025-12-05（已延期）");

        refused(drafter, url + "/decision", "不予公开或部分公开的，应当说明理由（《条例》第三十六条、第三十七条）", "outcome", "PARTIALLY_GRANTED");
        step(drafter, url + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "PARTIALLY_GRANTED",
                "explanation", "验收资料中施工人员的身份信息属于个人隐私，已作区分处理。", "reviewBody", "米易县人民政府");
        refused(login("gaoping.reviewer2"), url + "/approve", "答复正在第 1 步（初审）审核，您不是该步的审核人");
        for (String reviewer : new String[] {"gaoping.reviewer1", "gaoping.reviewer2", "gaoping.reviewer3"}) {
            step(login(reviewer), url + "/approve", "审核通过。");
        }
        step(drafter, url + "/send", "答复已送达，申请办结。", "method", "当面送达");

        Document closed = page(url, drafter);
        assertThat(closed.select("td.status").text()).isEqualTo("已办结");
        assertThat(closed.select("#outcome").text()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）（《条例》第三十七条）");
        assertThat(closed.select(".letters li > span").eachText()).containsExactly("2025-09-15 政府信息公开申请登记回执",
                "2025-09-16 补正申请告知书", "2025-09-23 征求第三方意见书", "2025-10-14 延期答复告知书",
                "2025-10-14 政府信息公开申请答复书", "2025-10-14 决定公开告知书（第三方）");
        // Art. 32: the consulted company is told of the decision to disclose; the applicant never sees that letter.
        assertThat(closed.select(".letters li").last().select("pre").text()).startsWith("米易县某建筑工程有限公司：");

        // Art. 44: the disclosed information can become a proactive item, drafted in the publishing flow.
        String item = mvc.perform(post(url + "/proactive").session(drafter).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(item).startsWith("/workspace/items/");
        assertThat(page(item, drafter).select("h1").text()).contains("高平镇某村道路硬化工程验收资料");

        RequestTable t = cn.gongkai.server.request.RequestTableCompiler.compile(figures.facts(12), 2025);
        assertThat(t.get(RequestRow.PARTIALLY_GRANTED, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);
        // The demo data adds a company's request to 高平镇: the natural person column has only this one.
        assertThat(t.get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);
    }

    @Test
    void anOrgansOwnLetterWordingIsUsedAndUnknownPlaceholdersAreRefused() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession admin = login("baipo.admin");
        mvc.perform(post("/workspace/letter-templates/ACKNOWLEDGEMENT").session(admin).with(csrf())
                .param("body", "{申请人}：\n本乡已收到您的申请，编号{申请编号}，电话{电话}。"))
                .andExpect(flash().attribute("problem", "“政府信息公开申请登记回执”中有无法填写的占位符：{电话}。可用的占位符见页面说明。"));
        mvc.perform(post("/workspace/letter-templates/ACKNOWLEDGEMENT").session(admin).with(csrf())
                .param("body", "{申请人}：\n本乡已收到您的申请，编号{申请编号}，将于{答复期限}前答复。"))
                .andExpect(flash().attribute("done", "“政府信息公开申请登记回执”已保存，此后生成的告知书使用新文本。"));

        String location = mvc.perform(post("/workspace/requests").session(login("baipo.drafter")).with(csrf())
                .param("channel", "COUNTER").param("receivedOn", "2025-09-15").param("applicantType", "OTHER_ORGANIZATION")
                .param("applicantName", "米易县某合作社").param("contact", "0812-8100001").param("description", "白坡彝族乡涉农补贴发放名单")
                .param("formWanted", "PAPER").param("delivery", "POST")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, admin).select(".letters pre").first().text())
                .startsWith("米易县某合作社：\n本乡已收到您的申请，编号baipo-2025-0001，将于2025年10月17日前答复。\n联系人：");
    }

    @Test
    void reconsiderationAndLitigationRecordsFeedTableFour() throws Exception {
        clock.set(LocalDate.of(2025, 11, 3));
        MockHttpSession drafter = login("miyi-justice.drafter");
        // Entered on 3 Nov with its real receipt day, 15 Sep: the reply was due 17 Oct (hand count in the
        // first test), so a 复议 for no reply (不履行答复职责) on 3 Nov is possible; one dated before the
        // request is not.
        String url = mvc.perform(post("/workspace/requests").session(drafter).with(csrf())
                .param("channel", "COUNTER").param("receivedOn", "2025-09-15").param("applicantType", "NATURAL_PERSON")
                .param("applicantName", "孙七").param("idNumber", "510421199001011233").param("contact", "13700000000")
                .param("description", "行政复议决定书").param("formWanted", "PAPER").param("delivery", "POST"))
                .andReturn().getResponse().getRedirectedUrl();
        refused(drafter, url + "/reviews", "申请复议或起诉的日期（2025-09-10）早于收到申请之日（2025-09-15），请核对",
                "group", "RECONSIDERATION", "filedOn", "2025-09-10", "body", "米易县人民政府");
        refused(drafter, url + "/reviews", "申请复议或起诉的日期（2025-10-10）在答复送达之前，且答复期限（2025-10-17）尚未届满，请核对日期",
                "group", "RECONSIDERATION", "filedOn", "2025-10-10", "body", "米易县人民政府");
        step(drafter, url + "/reviews", "已登记。", "group", "RECONSIDERATION", "filedOn", "2025-11-03", "body", "米易县人民政府");
        step(drafter, url + "/reviews", "已登记。", "group", "LITIGATION_DIRECT", "filedOn", "2025-11-03", "body", "米易县人民法院");
        long reconsideration = jdbc.sql("SELECT id FROM review_case WHERE review_group = 'RECONSIDERATION' AND organ_id = 3")
                .query(Long.class).single();
        refused(drafter, url + "/reviews/" + reconsideration, "审结日期不能早于申请复议或起诉的日期", "result", "UPHELD", "on", "2025-10-01");
        step(drafter, url + "/reviews/" + reconsideration, "已登记结果。", "result", "UPHELD", "on", "2025-11-03");
        assertThat(page(url, drafter).text()).contains("行政复议 2025-11-03 米易县人民政府：结果维持（2025-11-03）")
                .contains("行政诉讼（未经复议直接起诉） 2025-11-03 米易县人民法院：尚未审结");

        var table = ReviewTableCompiler.compile(reviewCases.reviewCases(3), 2025);
        assertThat(table.reconsideration().upheld().value()).isEqualTo(1);
        assertThat(table.reconsideration().total().value()).isEqualTo(1);
        assertThat(table.litigationDirect().pending().value()).isEqualTo(1);
        refused(login("puwei.drafter"), url + "/reviews/" + reconsideration, "没有这条复议或诉讼记录", "result", "CORRECTED", "on", "2025-11-03");
    }

    @Test
    void anUnpaidFeeAndAMissedCorrectionEndRequestsOnlyAfterTheirPeriods() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession drafter = login("miyi-education.drafter");
        String fee = register(drafter, "钱八", "义务教育阶段学校名单及招生计划（共 250 页）");
        // 按量 250 pages: 70×10 + 100×20 + 50×40 = 4,700 yuan.
        step(drafter, fee + "/fee", "已发出收费通知，金额 4700 元。", "mode", "PAGE", "quantity", "250");
        refused(drafter, fee + "/decision", "只有缴费期限已过仍未缴费的申请，才能按“逾期未缴费”处理", "outcome", "OTHER_FEE_UNPAID");
        String correction = register(drafter, "周九", "有关文件");
        step(drafter, correction + "/correction", "已发出补正告知，计时暂停，补正告知书已生成。", "items", "请写明文件名称", "days", "5");
        refused(drafter, correction + "/decision", "只有补正期限（2025年9月22日）已过仍未补正的申请，才能按“逾期不补正”处理",
                "outcome", "OTHER_CORRECTION_OVERDUE");

        // Pay by: 20 working days from 16 Sep → 17 Oct (as the reply deadline above). 20 Oct: both periods over.
        clock.set(LocalDate.of(2025, 10, 20));
        step(drafter, fee + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "OTHER_FEE_UNPAID");
        step(drafter, correction + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "OTHER_CORRECTION_OVERDUE");
        var fees = figures.fees(2, 2025);
        assertThat(fees.notices()).isEqualTo(1);
        assertThat(fees.noticedAmount()).isEqualTo(4700);
        assertThat(fees.received()).isZero();
    }

    private String register(MockHttpSession drafter, String name, String description) throws Exception {
        return mvc.perform(post("/workspace/requests").session(drafter).with(csrf())
                .param("channel", "COUNTER").param("receivedOn", clock.instant().atZone(TestClock.BEIJING).toLocalDate().toString())
                .param("applicantType", "NATURAL_PERSON").param("applicantName", name).param("idNumber", "510421199001011233")
                .param("contact", "13700000000").param("description", description).param("formWanted", "PAPER")
                .param("delivery", "POST")).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void anotherOrgansStaffCannotSeeARequestAndTheSupervisorCannotActOnIt() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession drafter = login("xiaopu.drafter");
        String location = mvc.perform(post("/workspace/requests").session(drafter).with(csrf())
                .param("channel", "FAX").param("receivedOn", "2025-09-15").param("receiptNote", "9月15日电话与申请人确认")
                .param("applicantType", "COMMERCIAL_ENTERPRISE").param("applicantName", "米易县某商贸有限公司")
                .param("contact", "0812-8123456").param("description", "小铺镇集贸市场摊位招租结果")
                .param("formWanted", "PAPER").param("delivery", "POST")).andReturn().getResponse().getRedirectedUrl();
        String url = location;
        mvc.perform(get(url).session(login("gaoping.drafter"))).andExpect(status().isNotFound());
        mvc.perform(get(url).session(login("county.supervisor"))).andExpect(status().isOk());
        refused(login("county.supervisor"), url + "/extend", "只有本机关工作人员可以办理这份申请", "reason", "x");
        // the three administrators see no business content: refused outright (issue 11)
        mvc.perform(get(url).session(login("security.admin"))).andExpect(status().isForbidden());
    }

    /** A step that is taken, with the message that says so. */
    private void step(MockHttpSession session, String url, String expected, String... params) throws Exception {
        mvc.perform(form(session, url, params)).andExpect(flash().attribute("done", expected));
    }

    /** A step that is refused, with the message that says why. */
    private void refused(MockHttpSession session, String url, String expected, String... params) throws Exception {
        mvc.perform(form(session, url, params)).andExpect(flash().attribute("problem", expected));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(MockHttpSession session,
            String url, String... params) {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
