package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The rules of issue 14 through the pages, December 2026, each counted by hand: the 2026 holiday notice
 * is loaded, the 2027 one is not.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:request-rules-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class RequestRulesTests {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    Ledger ledger;

    @Test
    void theFeeFollowsTheRequestsPlaceInTheApplicantsMonthByReceipt() throws Exception {
        clock.set(LocalDate.of(2026, 12, 15));
        MockHttpSession drafter = login("xiaopu.drafter");
        // Registered first but received last: received 10 Dec, after ten requests received 1 Dec.
        String eleventh = register(drafter, "COUNTER", "2026-12-10", "赵某", "");
        String first = null;
        for (int i = 0; i < 10; i++) {
            String url = register(drafter, "COUNTER", "2026-12-01", "赵某", "");
            first = first == null ? url : first;
        }
        // 109号 第四条: 1st–10th of the month free, 11th–30th 100 元 each. The first received on 1 Dec is
        // the 1st whatever came later; the one received on 10 Dec is the 11th.
        refused(drafter, first + "/fee", "按此标准不需收费（按件计收：本申请为申请人本月第 1 件（同一申请人一个自然月内10件以下不收费，"
                + "11—30件100元/件，31件以上每10件为一档、每增加一档提高100元/件）），不必发出收费通知", "mode", "PIECE", "quantity", "1");
        step(drafter, eleventh + "/fee", "已发出收费通知，金额 100 元。", "mode", "PIECE", "quantity", "1", "on", "2026-12-15");
        String notice = page(eleventh, drafter).select(".letters li").last().select("pre").text();
        assertThat(notice).contains("收费依据：《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）")
                .contains("本申请为申请人本月第 11 件").contains("收费数额：人民币100元。").contains("缴纳方式：通过非税收入收缴系统缴入国库")
                // 20 working days from the day after 15 Dec: 16–18 (3), 21–25 (8), 28–31 (12), 1 Jan 2027 off,
                // 4–8 Jan (17), 11–13 Jan (20).
                .contains("即2027年1月13日前");
    }

    @Test
    void aProvisionalDeadlineAcross2027SkipsNewYearsDayAndSaysSo() throws Exception {
        clock.set(LocalDate.of(2026, 12, 21));
        String url = register(login("baipo.drafter"), "COUNTER", "2026-12-20", "钱某", "");
        // From Sunday 20 Dec: 21–25 (5), 28–31 (9), 1 Jan 2027 元旦 off by its fixed date, 4–8 Jan (14),
        // 11–15 Jan (19), Monday 18 Jan (20); 2027's notice is not loaded, so it is provisional.
        assertThat(page(url, login("baipo.drafter")).select("td.deadline").text())
                .isEqualTo("2027-01-18（暂定：跨越尚未公布放假安排的年份）");
    }

    @Test
    void anEmailRequestIsReceivedOnTheDayBothSidesConfirm() throws Exception {
        clock.set(LocalDate.of(2026, 12, 8));
        MockHttpSession drafter = login("binggu.drafter");
        refusedAt(drafter, "/workspace/requests/new", form("EMAIL", "2026-12-07", "孙某", "")
                .param("arrivedOn", "2026-12-04"), "“电子邮件”的收到日期是双方确认之日（《条例》第三十一条），请写明确认的方式，收到申请之日填确认之日");
        String url = register(drafter, "EMAIL", "2026-12-07", "孙某", "12月7日回复邮件确认，申请人当日回信", "2026-12-04");
        // An organization's 统一社会信用代码 is checked (GB 32100; the hand count is in CreditCodesTest).
        refusedAt(drafter, "/workspace/requests/new", form("COUNTER", "2026-12-07", "米易县某公司", "", "COMMERCIAL_ENTERPRISE",
                "91350100M000100Y44"),
                "统一社会信用代码“913***********0Y44”校验不通过（GB 32100：18 位，末位为校验码），请核对");
        Document page = page(url, drafter);
        assertThat(page.select(".clock tr").get(1).select("td").text()).isEqualTo("2026-12-07（电子邮件）");
        assertThat(page.text()).contains("申请于 2026-12-04 到达，2026-12-07 双方确认：12月7日回复邮件确认，申请人当日回信");
        // From Monday 7 Dec, the confirmation: 8–11 (4), 14–18 (9), 21–25 (14), 28–31 (18), 1 Jan off, 4 Jan (19), 5 Jan (20).
        assertThat(page.select("td.deadline").text()).startsWith("2027-01-05");
    }

    @Test
    void aCounterRequestEnteredNextMorningKeepsItsRealDateAndStepsFollowTheirStatedDates() throws Exception {
        clock.set(LocalDate.of(2026, 12, 2));
        MockHttpSession drafter = login("gaoping.drafter");
        String url = register(drafter, "COUNTER", "2026-12-01", "周某", "");
        // From Tuesday 1 Dec: 2–4 (3), 7–11 (8), 14–18 (13), 21–25 (18), 28 (19), 29 Dec (20).
        assertThat(page(url, drafter).select("td.deadline").text()).isEqualTo("2026-12-29");
        assertThat(ledger.latest(20)).anyMatch(e -> String.valueOf(e.after()).equals("当面提交 收到日期 2026-12-01（录入于 2026-12-02）"));
        refused(drafter, url + "/correction", "“告知补正”的日期 2026-11-30 早于前一步“收到申请”的日期 2026-12-01，请核对",
                "items", "请写明村名", "days", "5", "on", "2026-11-30");
        refused(drafter, url + "/correction", "“告知补正”的日期 2026-12-03 晚于今天（2026-12-02），请填写实际发生的日期",
                "items", "请写明村名", "days", "5", "on", "2026-12-03");
        // Rule 7: 补正后仍不明确 needs a correction first.
        refused(drafter, url + "/decision", "“补正后申请内容仍不明确”只适用于告知补正并收到补正的申请（《条例》第三十条）；申请内容不明确的，请先告知补正",
                "outcome", "UNABLE_STILL_UNCLEAR");
        step(drafter, url + "/correction", "已发出补正告知，计时暂停，补正告知书已生成。", "items", "请写明村名", "days", "5", "on", "2026-12-01");
        // A second 补正 is refused by the rules, so its form is no longer shown.
        assertThat(page(url, drafter).select("form[action$=/correction]")).isEmpty();
        clock.set(LocalDate.of(2026, 12, 4));
        step(drafter, url + "/correction-received", "已收到补正，答复期限自收到补正之日重新计算。", "on", "2026-12-03");
        // Art. 33: an extension of 10 working days chosen with a reason. From Thursday 3 Dec: 4 (1), 7–11 (6),
        // 14–18 (11), 21–25 (16), 28–31 (20) → 31 Dec; 10 more: 1 Jan off, 4–8 Jan (5), 11–15 Jan (10).
        refused(login("gaoping.admin"), url + "/extend", "延长的期限最长不得超过 20 个工作日（《条例》第三十三条），请填写 1 到 20",
                "reason", "需要调取档案", "days", "21", "on", "2026-12-04");
        step(login("gaoping.admin"), url + "/extend", "已延期 10 个工作日，延期答复告知书已生成。", "reason", "需要调取档案",
                "days", "10", "on", "2026-12-04");
        assertThat(page(url, drafter).select("td.deadline").text()).startsWith("2027-01-15");
    }

    @Test
    void theReplyLetterHasNoAlternativesAndCarriesItsNumberAndContact() throws Exception {
        clock.set(LocalDate.of(2026, 12, 3));
        MockHttpSession admin = login("puwei.admin");
        mvc.perform(post("/workspace/letter-settings").session(admin).with(csrf()).param("pattern", "普府依申告〔{年}〕{号}号")
                .param("contactPerson", "李明").param("contactPhone", "0812-8171234"))
                .andExpect(flash().attribute("done", "文号格式和联系人已保存，此后生成的告知书使用新设置。"));
        MockHttpSession drafter = login("puwei.drafter");
        String url = register(drafter, "COUNTER", "2026-12-03", "吴某", "");
        step(drafter, url + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "UNABLE_NOT_HELD", "variant", "NOT_RESPONSIBLE",
                "explanation", "该信息由米易县交通运输局制作，联系电话0812-8170000。", "on", "2026-12-03");
        Document page = page(url, drafter);
        // The acknowledgement is the organ's first letter of 2026, the reply its second.
        assertThat(page.select(".letter-number").eachText()).containsExactly("普府依申告〔2026〕1号", "普府依申告〔2026〕2号");
        String reply = page.select(".letters li").last().select("pre").text();
        assertThat(reply).doesNotContain("（或").doesNotContain("无明文规定").doesNotContain("。。")
                .contains("不属于本机关负责公开").contains("以上答复依据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定。")
                .endsWith("联系人：李明　联系电话：0812-8171234");
    }

    @Test
    void consultingAnotherOrganIsItsOwnStepAndLetterAndPausesTheClock() throws Exception {
        clock.set(LocalDate.of(2026, 12, 10));
        MockHttpSession drafter = login("xiaopu.drafter");
        String url = register(drafter, "COUNTER", "2026-12-01", "郑某", "");
        step(drafter, url + "/consult", "已发出征求意见函（第三十四条），征求意见期间不计入答复期限。", "whom", "ORGAN",
                "thirdParty", "米易县农业农村局", "on", "2026-12-03");
        step(drafter, url + "/consult-end", "征求意见结束，恢复计时。", "on", "2026-12-10");
        Document page = page(url, drafter);
        // Not counted: the working days after 3 Dec up to 10 Dec: 4, 7, 8, 9, 10 = 5. Due 29 Dec without it
        // (hand count above); 5 more: 30, 31 Dec, 1 Jan off, 4, 5, 6 Jan.
        assertThat(page.select("td.deadline").text()).startsWith("2027-01-06");
        String letter = page.select(".letters li").last().select("pre").text();
        assertThat(page.select(".letters li > span").last().text()).isEqualTo("2026-12-03 征求意见函");
        assertThat(letter).startsWith("米易县农业农村局：").contains("第三十四条").contains("逾期未提出意见的，视为同意公开")
                .doesNotContain("商业秘密");
        assertThat(page.select(".history li").eachText()).anyMatch(t -> t.startsWith("2026-12-10 其他机关意见收到或期满（逾期视为同意公开）"));
    }

    @Test
    void anExcessiveRequestIsRefusedOnlyAfterAskingForReasonsAndTheReplyQuotesThem() throws Exception {
        clock.set(LocalDate.of(2026, 12, 2));
        MockHttpSession drafter = login("binggu.drafter");
        String url = register(drafter, "COUNTER", "2026-12-01", "冯某", "");
        refused(drafter, url + "/decision", "按“无正当理由大量反复申请”不予处理前，应先要求申请人说明理由（《条例》第三十五条），请先办理“要求说明理由”",
                "outcome", "NOT_PROCESSED_EXCESSIVE");
        step(drafter, url + "/reasons", "已要求申请人说明理由（第三十五条），说明理由告知书已生成。", "days", "5", "on", "2026-12-02");
        clock.set(LocalDate.of(2026, 12, 4));
        // Five working days from 2 Dec: 3, 4, 7, 8, 9 Dec.
        refused(drafter, url + "/decision", "说明理由的期限至 2026年12月9日，期满前请等待申请人答复", "outcome", "NOT_PROCESSED_EXCESSIVE",
                "on", "2026-12-04");
        step(drafter, url + "/reasons-received", "已登记申请人说明的理由。", "on", "2026-12-04", "answer", "用于学术研究");
        step(drafter, url + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "NOT_PROCESSED_EXCESSIVE", "on", "2026-12-04");
        String reply = page(url, drafter).select(".letters li").last().select("pre").text();
        assertThat(reply).contains("本机关于2026年12月2日要求您说明理由，您于2026年12月4日答复：“用于学术研究”。本机关认为该理由不合理。")
                .contains("以上答复依据《中华人民共和国政府信息公开条例》第三十五条的规定。");

        // Edited before issue, the reply goes back to the first reviewer; only that reviewer sees the buttons.
        step(login("binggu.reviewer1"), url + "/approve", "审核通过。");
        step(drafter, url + "/reply", "答复书已修改，重新从第 1 步审核。", "body", reply.replace("本机关认为该理由不合理。",
                "本机关认为该理由不合理：同一月内申请四十余件，与学术研究所需不相称。"));
        assertThat(page(url, drafter).select("form[action$=/approve]")).isEmpty();
        assertThat(page(url, login("binggu.reviewer1")).select("form[action$=/approve]")).hasSize(1);
        assertThat(page(url, drafter).select(".letters li").last().select("pre").text()).contains("与学术研究所需不相称");
    }

    @Test
    void contactFieldsAreStoredEncryptedShownMaskedAndRevealedIntoTheLedger() throws Exception {
        clock.set(LocalDate.of(2026, 12, 3));
        MockHttpSession drafter = login("miyi-justice.drafter");
        String url = mvc.perform(form("COUNTER", "2026-12-03", "陈某", "").param("phone", "13812345678")
                .param("address", "米易县攀莲镇某街1号").param("postcode", "617200").param("email", "chen@example.com")
                .session(drafter)).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(url, drafter).select("#contact-fields").text())
                .isEqualTo("电话 138****5678；地址 米易******1号；邮编 61**00；邮箱 ch********om");
        var flash = mvc.perform(postForm(url + "/contact", new String[0], drafter)).andReturn().getFlashMap();
        assertThat(((ApplicantContact) flash.get("contactFields")).address()).isEqualTo("米易县攀莲镇某街1号");
        assertThat(ledger.latest(5)).anyMatch(e -> "personal-data-view".equals(e.action()) && "查看申请人联系方式".equals(e.after()));
        refusedAt(drafter, "/workspace/requests/new", form("COUNTER", "2026-12-03", "陈某", "").param("postcode", "6172"),
                "邮政编码“6172”应为 6 位数字（如 617200）");
    }

    private String register(MockHttpSession s, String channel, String on, String name, String note) throws Exception {
        return register(s, channel, on, name, note, "");
    }

    private String register(MockHttpSession s, String channel, String on, String name, String note, String arrived)
            throws Exception {
        return mvc.perform(form(channel, on, name, note).param("arrivedOn", arrived).session(s)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder form(String channel, String on, String name, String note) {
        return form(channel, on, name, note, "NATURAL_PERSON", "510421199001011233");
    }

    private static MockHttpServletRequestBuilder form(String channel, String on, String name, String note, String type,
            String id) {
        return post("/workspace/requests").with(csrf()).param("channel", channel).param("receivedOn", on)
                .param("receiptNote", note).param("applicantType", type).param("applicantName", name)
                .param("idNumber", id).param("contact", "13700000000")
                .param("description", "村道硬化工程验收资料").param("formWanted", "PAPER").param("delivery", "POST");
    }

    private void refusedAt(MockHttpSession s, String redirect, MockHttpServletRequestBuilder request, String problem)
            throws Exception {
        var r = mvc.perform(request.session(s)).andExpect(flash().attribute("problem", problem)).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(redirect);
    }

    private void step(MockHttpSession session, String url, String expected, String... params) throws Exception {
        mvc.perform(postForm(url, params, session)).andExpect(flash().attribute("done", expected));
    }

    private void refused(MockHttpSession session, String url, String expected, String... params) throws Exception {
        mvc.perform(postForm(url, params, session)).andExpect(flash().attribute("problem", expected));
    }

    private static MockHttpServletRequestBuilder postForm(String url, String[] params, MockHttpSession session) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
