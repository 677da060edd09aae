package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every kind of letter as a real case produces it through the pages (December 2026, 2027's holidays not
 * loaded): free of open alternatives, undefined abbreviations and doubled stops, each with the organ's
 * next number and its contact; two letters compared whole with texts written by hand; an edited letter
 * withheld until the organ's three review steps approved it; numbers unique when letters are issued at once.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:letter-issue-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class LetterIssueTests {

    static final String CONTACT = "\n联系人：李明　联系电话：0812-8100001";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestService service;

    @Autowired
    cn.gongkai.server.ledger.Ledger ledger;

    @Test
    void aCaseThroughEveryStepIssuesEveryKindOfLetterCleanNumberedAndSigned() throws Exception {
        clock.set(LocalDate.of(2026, 12, 10));
        MockHttpSession admin = login("xiaopu.admin");
        step(admin, "/workspace/letter-settings", null, "pattern", "小府依申告〔{年}〕{号}号", "contactPerson", "李明",
                "contactPhone", "0812-8100001");
        MockHttpSession drafter = login("xiaopu.drafter");
        String url = mvc.perform(post("/workspace/requests").session(drafter).with(csrf()).param("channel", "COUNTER")
                .param("receivedOn", "2026-12-01").param("applicantType", "NATURAL_PERSON").param("applicantName", "孙某")
                .param("idNumber", "510421199001011233").param("contact", "13700000000")
                .param("description", "小铺镇2026年村道硬化工程验收资料。").param("formWanted", "PAPER").param("delivery", "POST"))
                .andReturn().getResponse().getRedirectedUrl();
        String number = jdbc.sql("SELECT request_number FROM disclosure_request WHERE id = :id")
                .param("id", Long.parseLong(url.substring(url.lastIndexOf('/') + 1))).query(String.class).single();

        step(drafter, url + "/correction", "已发出补正告知，计时暂停，补正告知书已生成。", "items", "请写明验收资料所属的村道名称。",
                "days", "10", "on", "2026-12-02");
        step(drafter, url + "/correction-received", "已收到补正，答复期限自收到补正之日重新计算。", "on", "2026-12-03");
        step(admin, url + "/extend", "已延期 10 个工作日，延期答复告知书已生成。", "reason", "所需资料存放于县档案馆，需调阅核对",
                "days", "10", "on", "2026-12-04");
        step(drafter, url + "/consult", "已发出征求第三方意见书（第三十二条），征求意见期间不计入答复期限。", "thirdParty", "米易县某建设公司",
                "whom", "THIRD_PARTY", "on", "2026-12-07");
        step(drafter, url + "/consult-end", "征求意见结束，恢复计时。", "on", "2026-12-08", "opinion", "涉及本公司报价", "objects", "true");
        step(drafter, url + "/consult", "已发出征求意见函（第三十四条），征求意见期间不计入答复期限。", "thirdParty", "米易县交通运输局",
                "whom", "ORGAN", "on", "2026-12-08");
        step(drafter, url + "/consult-end", "征求意见结束，恢复计时。", "on", "2026-12-09");
        step(drafter, url + "/reasons", "已要求申请人说明理由（第三十五条），说明理由告知书已生成。", "days", "5", "on", "2026-12-09");
        step(drafter, url + "/reasons-received", "已登记申请人说明的理由。", "on", "2026-12-10", "answer", "用于课题研究");
        step(drafter, url + "/fee", "已发出收费通知，金额 10 元。", "mode", "PAGE", "quantity", "31", "on", "2026-12-10");
        step(drafter, url + "/fee-paid", "已登记缴费，恢复计时。", "on", "2026-12-10");
        step(drafter, url + "/decision", "答复书已起草，提交本机关审核流程。", "outcome", "GRANTED", "variant", "PROVIDED",
                "explanation", "验收资料涉及的报价属于已公开的中标价，不公开可能对公共利益造成重大影响。", "reviewBody", "米易县人民政府",
                "on", "2026-12-10");

        List<Letter> letters = service.view(staffOf("xiaopu.drafter", 14), Long.parseLong(url.substring(url.lastIndexOf('/') + 1)))
                .letters();
        Map<LetterKind, Letter> byKind = new EnumMap<>(LetterKind.class);
        letters.forEach(l -> byKind.put(l.kind(), l));
        // Nine kinds: 回执, 补正, 延期, 征求第三方, 征求机关, 说明理由, 收费, 答复, and 决定公开告知（第三方）.
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(LetterKind.values());
        int first = Integer.parseInt(letters.getFirst().number().replaceAll("\\D+", " ").strip().split(" ")[1]);
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            assertClean(l.kind().name(), l.body());
            // One organ, one year: consecutive numbers in the organ's pattern, in the order issued.
            assertThat(l.number()).as(l.kind().name()).isEqualTo("小府依申告〔2026〕" + (first + i) + "号");
            assertThat(l.body()).as(l.kind().name()).endsWith(CONTACT);
        }

        // Written by hand from the built-in wording: received Tue 1 Dec; 补正 on 2 Dec with 10 working days
        // (3, 4, 7–11, 14, 15, 16 Dec) is due 16 Dec.
        assertThat(byKind.get(LetterKind.CORRECTION_REQUEST).body()).isEqualTo("""
                孙某：
                本机关于2026年12月1日收到您的政府信息公开申请（申请编号：%s）。经审查，您的申请内容不明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，请您作出补正：
                请写明验收资料所属的村道名称。
                请于2026年12月16日前提交补正材料。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。"""
                .formatted(number) + CONTACT);
        // Art. 30: the 20 working days restart on 3 Dec (4, 7–11, 14–18, 21–25, 28–31 Dec = 20: 31 Dec); Art. 33:
        // 10 more from 31 Dec: 1 Jan 2027 off by its fixed date, 4–8 and 11–15 Jan = 10: 15 Jan, provisional.
        assertThat(byKind.get(LetterKind.EXTENSION_NOTICE).body()).isEqualTo("""
                孙某：
                本机关于2026年12月1日收到您的政府信息公开申请（申请编号：%s）。因所需资料存放于县档案馆，需调阅核对，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长10个工作日，至2027年1月15日（暂定：该年节假日安排尚未公布）。"""
                .formatted(number) + CONTACT);
        assertThat(byKind.get(LetterKind.FEE_NOTICE).body()).contains("收费数额：人民币10元。")
                .contains("按量计收：共 31 页");
        assertThat(byKind.get(LetterKind.REPLY).body()).contains("以上答复依据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定。")
                .contains("向米易县人民政府申请行政复议");
    }

    @Test
    void anEditedLetterWaitsForEveryReviewStepBeforeTheApplicantSeesIt() throws Exception {
        clock.set(LocalDate.of(2026, 12, 10));
        MockHttpSession drafter = login("baipo.drafter");
        var registered = mvc.perform(post("/workspace/requests").session(drafter).with(csrf()).param("channel", "COUNTER")
                .param("receivedOn", "2026-12-09").param("applicantType", "NATURAL_PERSON").param("applicantName", "周某")
                .param("idNumber", "510421199001011233").param("contact", "13700000000").param("description", "白坡乡低保名单")
                .param("formWanted", "PAPER").param("delivery", "POST")).andReturn();
        String url = registered.getResponse().getRedirectedUrl();
        String done = String.valueOf(registered.getFlashMap().get("done"));
        String number = done.replaceAll(".*申请编号 (\\S+)，查询码 (\\S+)（.*", "$1");
        String code = done.replaceAll(".*申请编号 (\\S+)，查询码 (\\S+)（.*", "$2");
        step(drafter, url + "/correction", "已发出补正告知，计时暂停，补正告知书已生成。", "items", "请写明年份。", "days", "5",
                "on", "2026-12-10");
        Letter notice = letters(url).getLast();
        String edit = url + "/letters/" + notice.id() + "/edit";

        refused(drafter, edit, "补正申请告知书还不能发出：第 3 行有未选定的“（或……）”，请只保留适用的一种说法；"
                + "第 4 行的占位符“{补正期限}”没有填写", "body", notice.body().replace("请写明年份。", "请写明年份（或月份）。")
                .replace("2026年12月17日", "{补正期限}"));
        String edited = notice.body().replace("请写明年份。", "请写明您需要的低保名单所属年份（如2026年）。");
        step(drafter, edit, "告知书已修改，经本机关审核流程审核通过后发出。", "body", edited);
        assertThat(applicantLetters(number, code)).doesNotContain("补正申请告知书");
        // The ledger records the edit without the letter's text, which names the applicant.
        assertThat(ledger.latest(20)).filteredOn(e -> e.action().equals("request-letter-edit")).singleElement()
                .satisfies(e -> assertThat(e.before() + " " + e.after()).doesNotContain("周某").contains("补正申请告知书"));
        assertThat(page(url, drafter).select(".letter-state").text()).isEqualTo("修改稿审核中（第 1 步），审核通过后发出");

        String approve = url + "/letters/" + notice.id() + "/approve";
        refused(login("baipo.reviewer2"), approve, "补正申请告知书正在第 1 步（初审）审核，您不是该步的审核人");
        assertThat(page(url, login("baipo.reviewer2")).select("form[action$=/approve]")).isEmpty();
        for (String reviewer : new String[] {"baipo.reviewer1", "baipo.reviewer2", "baipo.reviewer3"}) {
            MockHttpSession s = login(reviewer);
            assertThat(page(url, s).select("form[action$=/letters/" + notice.id() + "/approve]")).hasSize(1);
            step(s, approve, "告知书审核通过。");
        }
        assertThat(letters(url).getLast().body()).isEqualTo(edited);
        assertThat(letters(url).getLast().issued()).isTrue();
        assertThat(applicantLetters(number, code)).contains("补正申请告知书");
    }

    @Test
    void lettersIssuedAtTheSameMomentNeverShareANumber() throws Exception {
        clock.set(LocalDate.of(2026, 12, 10));
        int sessions = 8;
        StaffUser staff = staffOf("puwei.drafter", 11);
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        CyclicBarrier start = new CyclicBarrier(sessions);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            String name = "并发申请人" + i;
            numbers.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                long id = service.register(staff, new IntakeForm(ApplicantColumn.NATURAL_PERSON, name, "居民身份证",
                        "510421199001011233", "13700000000", "普威镇财政预算", null, FormWanted.PAPER, Delivery.POST,
                        Channel.COUNTER, LocalDate.of(2026, 12, 10), null)).request().id();
                return service.view(staff, id).letters().getFirst().number();
            }));
        }
        List<String> got = new ArrayList<>();
        for (Future<String> f : numbers) {
            got.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        // Eight acknowledgements of one organ and year: eight different numbers, and no gap among them.
        assertThat(got).doesNotHaveDuplicates().hasSize(sessions);
        List<Integer> values = got.stream().map(n -> Integer.parseInt(n.replaceAll(".*〔2026〕(\\d+)号", "$1"))).sorted().toList();
        assertThat(values.getLast() - values.getFirst()).isEqualTo(sessions - 1);
    }

    static void assertClean(String what, String text) {
        assertThat(text).as(what).doesNotContain("（或").doesNotContain("无明文规定").doesNotContain("。。")
                .doesNotContain("{").doesNotContain("\n\n");
        int first = text.indexOf("《条例》");
        if (first >= 0) {
            assertThat(text.indexOf(LetterWordingTest.DEFINED)).as(what + "：《条例》 defined first")
                    .isEqualTo(first - LetterWordingTest.DEFINED.indexOf("《条例》"));
        }
    }

    private List<Letter> letters(String url) {
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT organ_id FROM disclosure_request WHERE id = :id").param("id", id).query(Long.class).optional()
                .map(o -> service.view(staffOf("x.drafter", o), id).letters()).orElseThrow();
    }

    private String applicantLetters(String number, String code) throws Exception {
        return Jsoup.parse(mvc.perform(post("/apply/status").param("number", number).param("code", code).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).select(".letters").text();
    }

    private static StaffUser staffOf(String username, long organId) {
        return new StaffUser(0, username, username, organId, EnumSet.of(Role.DRAFTER), "", true, false);
    }

    private void step(MockHttpSession s, String url, String done, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post(url).session(s).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        if (done == null) {
            mvc.perform(b).andExpect(flash().attributeExists("done"));
        } else {
            mvc.perform(b).andExpect(flash().attribute("done", done));
        }
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
