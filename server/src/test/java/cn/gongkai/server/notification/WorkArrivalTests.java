package cn.gongkai.server.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.TestClock;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import cn.gongkai.server.supervision.InspectionService;
import cn.gongkai.server.workspace.Todo;
import cn.gongkai.server.workspace.TodoList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Work arriving (issue 16), received in a real SMTP server: every member of staff of the county, 普威镇 and
 * 高平镇 has given an address, and after each step exactly those are told whose 待办 now shows the work (the
 * one who acted excepted), once; the mails name the case and its deadline as counted in China. On Monday
 * 15 September 2025 (TestClock), deadlines counted by hand as in TodoTests.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:work-arrival-test;DB_CLOSE_DELAY=-1",
        "gongkai.notifications.enabled=true", "gongkai.notifications.poll=1h", "gongkai.notifications.digest-cron=-",
        "gongkai.notifications.site-url=https://gk.example.gov.cn"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class WorkArrivalTests {

    private static final String DOMAIN = "@gk.example.cn";
    private static final Inbox INBOX = new Inbox();

    @Autowired
    MockMvc mvc;
    @Autowired
    OutboxSender sender;
    @Autowired
    StaffContacts contacts;
    @Autowired
    Accounts accounts;
    @Autowired
    TodoList todos;
    @Autowired
    TestClock clock;
    @Autowired
    FeedbackService feedback;
    @Autowired
    InspectionService inspections;
    @Autowired
    Organs organs;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", INBOX::port);
    }

    @BeforeEach
    void everyoneGaveAnAddress() {
        clock.set(LocalDate.of(2025, 9, 15));
        for (Account a : staff()) {
            contacts.save(a.id(), a.username() + DOMAIN, "");
        }
        jdbc.sql("DELETE FROM notification").update();
        INBOX.clear();
    }

    @AfterAll
    static void stop() {
        INBOX.stop();
    }

    @Test
    void anAnnualReportReachesEachReviewStepAndTheHandlersHearOfItsReturnAndPublication() throws Exception {
        // 高平镇 sends its 2024 report for review on 10 January 2025; townships publish by 31 January (Art. 49).
        clock.set(LocalDate.of(2025, 1, 10));
        MockHttpSession drafter = login("gaoping.drafter");
        mvc.perform(post("/workspace/annual-report").session(drafter).with(csrf()).param("year", "2024")
                .param("rulesIssued", "0").param("rulesRepealed", "0").param("rulesInForce", "0").param("licensing", "5")
                .param("penalty", "2").param("coerciveMeasure", "0").param("feesWanYuan", "0")
                .param("overview", "2024年，高平镇主动公开政府信息，依申请公开工作平稳有序。")
                .param("problems", "一是信息发布的及时性有待提高。").param("otherMatters", "本年度未收取信息处理费。"))
                .andExpect(flash().attribute("done", "已保存并重新核对。"));
        submitReport(drafter);
        Map<String, List<Inbox.Mail>> mails = sent();
        assertThat(told(mails)).containsExactly("gaoping.reviewer1")
                .isEqualTo(waiting("gaoping.drafter", "待我审核的年度报告", t -> true));
        Inbox.Mail first = only(mails, "gaoping.reviewer1");
        assertThat(first.subject()).isEqualTo("待审核：2024 年政府信息公开工作年度报告（第 1 版）");
        assertThat(first.body()).contains("米易县高平镇人民政府的2024 年政府信息公开工作年度报告（第 1 版）已到第 1 步（初审），等待您审核。")
                .contains("发布期限（第四十九条）：2025年1月31日（剩 21 天）")
                .contains("https://gk.example.gov.cn/workspace/annual-report?year=2024");

        reportStep("gaoping.reviewer1", "approve");
        assertThat(told(sent())).containsExactly("gaoping.reviewer2")
                .isEqualTo(waiting("gaoping.reviewer1", "待我审核的年度报告", t -> true));

        mvc.perform(post("/workspace/annual-report/return").session(login("gaoping.reviewer2")).with(csrf())
                .param("year", "2024").param("comment", "第五部分请写明改进措施"));
        mails = sent();
        // both handlers may compile and submit it again: both see it in 待办, both are told
        assertThat(told(mails)).containsExactly("gaoping.admin", "gaoping.drafter")
                .isEqualTo(waiting("gaoping.reviewer2", "退回修改的年度报告", t -> true));
        assertThat(only(mails, "gaoping.drafter").subject()).isEqualTo("年度报告被退回：2024 年政府信息公开工作年度报告（第 1 版）");
        assertThat(only(mails, "gaoping.drafter").body()).contains("退回意见：第五部分请写明改进措施")
                .contains("发布期限（第四十九条）：2025年1月31日（剩 21 天）");

        submitReport(drafter);
        assertThat(only(sent(), "gaoping.reviewer1").subject()).isEqualTo("待审核：2024 年政府信息公开工作年度报告（第 2 版）");
        reportStep("gaoping.reviewer1", "approve");
        assertThat(told(sent())).containsExactly("gaoping.reviewer2");
        reportStep("gaoping.reviewer2", "approve");
        assertThat(told(sent())).containsExactly("gaoping.reviewer3");
        reportStep("gaoping.reviewer3", "approve");
        mails = sent();
        assertThat(told(mails)).containsExactly("gaoping.admin", "gaoping.drafter");
        assertThat(only(mails, "gaoping.admin").subject()).isEqualTo("年度报告已发布：2024 年政府信息公开工作年度报告（第 2 版）");
        assertThat(only(mails, "gaoping.admin").body()).contains("已审核通过并于 2025年1月10日 发布");
    }

    @Test
    void aComplaintGoesToTheSupervisorThenTheOrganAndItsHandlerAndTheDraftBackAndForth() throws Exception {
        Feedback f = feedback.submit(organs.byCode("puwei").orElseThrow(), Feedback.Kind.COMPLAINT, "普威镇未公开村级财务收支",
                "zhangsan@example.com", false).feedback();
        String n = f.number();
        Predicate<Todo> it = t -> t.title().startsWith(n + " ");
        // Art. 51: with the supervising body (the county's 政务公开办 and the county's administrator), not the organ
        Map<String, List<Inbox.Mail>> mails = sent();
        assertThat(told(mails)).containsExactly("county.supervisor", "miyi.admin")
                .isEqualTo(waiting("公众", "待答复的投诉建议", it));
        assertThat(only(mails, "county.supervisor").subject()).isEqualTo("新的投诉 " + n);
        // a complaint of today is due in 10 working days: 28 September (TodoTests)
        assertThat(only(mails, "county.supervisor").body()).contains("答复期限：2025年9月28日（剩 13 天）")
                .contains("https://gk.example.gov.cn/workspace/feedback").doesNotContain("村级财务");
        Inbox.Mail writer = mails.get("zhangsan@example.com").getFirst();
        assertThat(writer.subject()).isEqualTo("您的投诉 " + n + "：已收到");
        assertThat(writer.body()).contains("您提交的投诉（编号 " + n + "）已收到。").contains("答复期限：2025年9月28日")
                .contains("投诉由监督机关办理").contains("https://gk.example.gov.cn/feedback/status").doesNotContain("村级财务");

        feedbackStep("county.supervisor", f.id(), "to-organ");
        mails = sent();
        assertThat(told(mails)).containsExactly("puwei.admin").isEqualTo(waiting("county.supervisor", "待答复的投诉建议", it));
        assertThat(only(mails, "puwei.admin").subject()).isEqualTo("监督机关交由本机关答复的投诉 " + n);
        assertThat(mails.get("zhangsan@example.com").getFirst().subject()).isEqualTo("您的投诉 " + n + "：已交由被投诉机关拟定答复");

        feedbackStep("puwei.admin", f.id(), "assign", "assignee", "puwei.drafter");
        mails = sent();
        assertThat(told(mails)).containsExactly("puwei.drafter").isEqualTo(waiting("puwei.admin", "待答复的投诉建议", it));
        assertThat(only(mails, "puwei.drafter").subject()).isEqualTo("分派给您的投诉 " + n);

        feedbackStep("puwei.drafter", f.id(), "reply", "reply", "经核查，村级财务收支已于9月16日在公开栏公开。");
        assertThat(told(sent())).containsExactly("county.supervisor", "miyi.admin")
                .isEqualTo(waiting("puwei.drafter", "待答复的投诉建议", it));

        feedbackStep("county.supervisor", f.id(), "return", "comment", "请写明公开的栏目和网址");
        mails = sent();
        assertThat(told(mails)).containsExactly("puwei.admin", "puwei.drafter")
                .isEqualTo(waiting("county.supervisor", "待答复的投诉建议", it));
        assertThat(only(mails, "puwei.drafter").body()).contains("退回意见：请写明公开的栏目和网址");

        feedbackStep("puwei.drafter", f.id(), "reply", "reply", "已在门户网站“财政资金”栏目公开。");
        sent();
        feedbackStep("county.supervisor", f.id(), "approve");
        mails = sent();
        assertThat(told(mails)).isEmpty();
        assertThat(mails.get("zhangsan@example.com").getFirst().subject()).isEqualTo("您的投诉 " + n + "：已答复");
        assertThat(mails.get("zhangsan@example.com").getFirst().body()).contains("答复日期：2025年9月15日");
    }

    @Test
    void aFindingGoesToTheOrgansAdministratorItsRectificationToTheSupervisorAndBack() throws Exception {
        mvc.perform(post("/workspace/inspections").param("organ", "puwei").param("category", "PERSONAL_DATA")
                .param("description", "低保公示表含身份证号码 510421199001011233").session(login("county.supervisor")).with(csrf()));
        var f = inspections.ofOrgan(11).stream().filter(x -> x.status().name().equals("OPEN")).reduce((a, b) -> b).orElseThrow();
        Predicate<Todo> it = t -> t.link().endsWith("#finding-" + f.number());
        Map<String, List<Inbox.Mail>> mails = sent();
        assertThat(told(mails)).containsExactly("puwei.admin").isEqualTo(waiting("county.supervisor", "待整改的检查问题", it));
        Inbox.Mail m = only(mails, "puwei.admin");
        assertThat(m.subject()).isEqualTo("监督检查问题待整改 " + f.number());
        // 15 working days after today: … 9–10 and Saturday 11 October (TodoTests); what was found stays on the page
        assertThat(m.body()).contains("类别：泄露个人信息").contains("整改期限：2025年10月11日（剩 26 天）")
                .doesNotContain("510421");

        mvc.perform(post("/workspace/inspections/" + f.id() + "/rectify").param("rectification", "已删除公示表中的身份证号码")
                .session(login("puwei.admin")).with(csrf()));
        assertThat(told(sent())).containsExactly("county.supervisor").isEqualTo(waiting("puwei.admin", "待确认的整改", it));

        mvc.perform(post("/workspace/inspections/" + f.id() + "/reopen").param("comment", "附件中仍有号码")
                .session(login("county.supervisor")).with(csrf()));
        mails = sent();
        assertThat(told(mails)).containsExactly("puwei.admin").isEqualTo(waiting("county.supervisor", "待整改的检查问题", it));
        assertThat(only(mails, "puwei.admin").subject()).isEqualTo("整改被退回，请继续整改 " + f.number());
        assertThat(only(mails, "puwei.admin").body()).contains("退回：附件中仍有号码");
    }

    @Test
    void aRequestReachesItsHandlersItsReplyEachReviewerAndTheApplicantHearsOfEachStep() throws Exception {
        MockHttpSession drafter = login("puwei.drafter");
        String location = mvc.perform(post("/workspace/requests").session(drafter).with(csrf()).param("channel", "COUNTER")
                .param("receivedOn", "2025-09-15").param("applicantType", "NATURAL_PERSON").param("applicantName", "王五")
                .param("idNumber", "510421199001011233").param("contact", "13700000000")
                .param("description", "普威镇2025年低保对象名单").param("formWanted", "PAPER").param("delivery", "POST")
                .param("email", "wangwu@example.com")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String n = jdbc.sql("SELECT request_number FROM disclosure_request WHERE id = :id").param("id", id).query(String.class).single();
        Predicate<Todo> it = t -> t.link().equals("/workspace/requests/" + id);
        Map<String, List<Inbox.Mail>> mails = sent();
        assertThat(told(mails)).containsExactly("puwei.admin").isEqualTo(waiting("puwei.drafter", "办理中的依申请公开", it));
        Inbox.Mail staffMail = only(mails, "puwei.admin");
        assertThat(staffMail.subject()).isEqualTo("新的政府信息公开申请 " + n);
        // 20 working days after 15 September over the National Day break (NotificationTests): 17 October
        assertThat(staffMail.body()).contains("答复期限（第三十三条）：2025年10月17日（剩 20 个工作日）")
                .contains("https://gk.example.gov.cn/workspace/requests/" + id).doesNotContain("王五").doesNotContain("低保");
        Inbox.Mail applicant = mails.get("wangwu@example.com").getFirst();
        assertThat(applicant.subject()).isEqualTo("您的政府信息公开申请 " + n + "：已登记");
        // her own mail greets her by name; nothing else of the case, no identity number
        assertThat(applicant.body()).startsWith("王五，您好：").contains("您向米易县普威镇人民政府提出的政府信息公开申请（编号 " + n + "）已登记。")
                .contains("答复期限：2025年10月17日").doesNotContain("510421").doesNotContain("低保").doesNotContain("1370000");

        // extended by 10 working days (Art. 33): 20–24 and 27–31 October
        mvc.perform(post(location + "/extend").param("reason", "需要调取村社档案").param("days", "10").session(login("puwei.admin"))
                .with(csrf())).andExpect(flash().attributeExists("done"));
        mails = sent();
        assertThat(told(mails)).isEmpty();
        assertThat(mails.get("wangwu@example.com").getFirst().subject()).isEqualTo("您的政府信息公开申请 " + n + "：答复期限延长");
        assertThat(mails.get("wangwu@example.com").getFirst().body()).contains("答复期限：2025年10月31日");

        mvc.perform(post(location + "/decision").param("outcome", "GRANTED").session(drafter).with(csrf()))
                .andExpect(flash().attributeExists("done"));
        mails = sent();
        assertThat(told(mails)).containsExactly("puwei.reviewer1");
        // the handlers see every open case; of the reviewers only the one whose step it is
        assertThat(waiting("puwei.drafter", "办理中的依申请公开", it)).containsExactly("puwei.admin", "puwei.reviewer1");
        assertThat(only(mails, "puwei.reviewer1").subject()).isEqualTo("待审核的答复：申请 " + n);
        assertThat(only(mails, "puwei.reviewer1").body()).contains("答复已到第 1 步（初审），等待您审核")
                .contains("答复期限（第三十三条）：2025年10月31日");

        mvc.perform(post(location + "/return").param("comment", "请写明获取方式").session(login("puwei.reviewer1")).with(csrf()));
        mails = sent();
        assertThat(told(mails)).containsExactly("puwei.drafter");
        assertThat(only(mails, "puwei.drafter").subject()).isEqualTo("答复被退回修改：申请 " + n);
        assertThat(only(mails, "puwei.drafter").body()).contains("退回意见：请写明获取方式");

        mvc.perform(post(location + "/decision").param("outcome", "GRANTED").session(drafter).with(csrf()));
        assertThat(told(sent())).containsExactly("puwei.reviewer1");
        for (String[] step : new String[][] {{"puwei.reviewer1", "puwei.reviewer2"}, {"puwei.reviewer2", "puwei.reviewer3"},
                {"puwei.reviewer3", "puwei.drafter"}}) {
            mvc.perform(post(location + "/approve").session(login(step[0])).with(csrf())).andExpect(flash().attributeExists("done"));
            assertThat(told(sent())).as(step[0]).containsExactly(step[1]);
        }

        mvc.perform(post(location + "/send").param("method", "邮寄").session(drafter).with(csrf()))
                .andExpect(flash().attributeExists("done"));
        mails = sent();
        assertThat(told(mails)).isEmpty();
        assertThat(mails.get("wangwu@example.com").getFirst().subject()).isEqualTo("您的政府信息公开申请 " + n + "：已答复，办理结束");
        assertThat(mails.get("wangwu@example.com").getFirst().body()).contains("答复结果：").contains("予以公开");
    }

    private void submitReport(MockHttpSession drafter) throws Exception {
        mvc.perform(post("/workspace/annual-report/submit").session(drafter).with(csrf()).param("year", "2024")
                .param("acknowledge", "true")).andExpect(flash().attributeExists("done"));
    }

    private void reportStep(String reviewer, String step) throws Exception {
        mvc.perform(post("/workspace/annual-report/" + step).session(login(reviewer)).with(csrf()).param("year", "2024"))
                .andExpect(flash().attributeExists("done"));
    }

    private void feedbackStep(String who, long id, String step, String... params) throws Exception {
        var request = post("/workspace/feedback/" + id + "/" + step).session(login(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(flash().attributeExists("done"));
    }

    /** What the sender delivers now, by recipient. */
    private Map<String, List<Inbox.Mail>> sent() {
        sender.sendDue();
        return INBOX.take();
    }

    /** The staff told (by their addresses), each once. */
    private static Set<String> told(Map<String, List<Inbox.Mail>> mails) {
        mails.forEach((to, list) -> assertThat(list).as(to).hasSize(1));
        Set<String> names = new TreeSet<>();
        mails.keySet().stream().filter(a -> a.endsWith(DOMAIN)).forEach(a -> names.add(a.substring(0, a.length() - DOMAIN.length())));
        return names;
    }

    private static Inbox.Mail only(Map<String, List<Inbox.Mail>> mails, String username) {
        assertThat(mails.get(username + DOMAIN)).as(username).hasSize(1);
        return mails.get(username + DOMAIN).getFirst();
    }

    /** Those whose 待办 has a matching entry in the named group, except the one who acted. */
    private Set<String> waiting(String actor, String group, Predicate<Todo> entry) {
        Set<String> names = new TreeSet<>();
        for (Account a : staff()) {
            StaffUser u = new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(), "", true, false);
            if (!a.username().equals(actor) && todos.of(u).stream()
                    .anyMatch(g -> g.name().equals(group) && g.entries().stream().anyMatch(entry))) {
                names.add(a.username());
            }
        }
        return names;
    }

    /** The business staff of the county government, 普威镇 and 高平镇 (not the three administrators). */
    private List<Account> staff() {
        return accounts.all().stream().filter(a -> Set.of(1L, 11L, 12L).contains(a.organId()) && a.enabled()
                && a.roles().stream().noneMatch(r -> r.name().endsWith("_ADMIN") && !r.name().equals("ORGAN_ADMIN")))
                .toList();
    }

    private MockHttpSession login(String username) throws Exception {
        return DemoLogin.session(mvc, username);
    }
}
