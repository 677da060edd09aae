package cn.gongkai.server.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.request.ApplicantContact;
import cn.gongkai.server.request.Channel;
import cn.gongkai.server.request.Delivery;
import cn.gongkai.server.request.FormWanted;
import cn.gongkai.server.request.IntakeForm;
import cn.gongkai.server.request.RequestService;
import cn.gongkai.server.request.TestClock;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
 * Notifications (issue 16) against a real SMTP server (GreenMail on a free port) and a local HTTP stub of the
 * SMS gateway: staff told when work arrives, the applicant when the case changes, the morning digest once a
 * day; a mail server that is down costs the action nothing and the mail goes out on a later attempt.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:notification-test;DB_CLOSE_DELAY=-1",
        "gongkai.notifications.enabled=true", "gongkai.notifications.poll=1h", "gongkai.notifications.digest-cron=-",
        "gongkai.notifications.digest-days=30", "gongkai.notifications.site-url=https://gk.example.gov.cn",
        "gongkai.notifications.from=noreply@gk.example.gov.cn", "spring.mail.properties[mail.smtp.connectiontimeout]=1000",
        "spring.mail.properties[mail.smtp.timeout]=1000"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class NotificationTests {

    private static GreenMail smtp = startSmtp(0);
    private static final List<String> SMS = new CopyOnWriteArrayList<>();
    private static final HttpServer GATEWAY = startGateway();

    @Autowired
    MockMvc mvc;
    @Autowired
    OutboxSender sender;
    @Autowired
    DailyDigest digest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    RequestService requests;
    @Autowired
    FeedbackService feedback;
    @Autowired
    Accounts accounts;
    @Autowired
    Organs organs;
    @Autowired
    org.springframework.mail.javamail.JavaMailSender mailSender;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        int port = smtp.getSmtp().getPort();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("gongkai.notifications.sms-url", () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/sms");
    }

    @BeforeEach
    void clean() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        jdbc.sql("DELETE FROM notification").update();
        smtp.purgeEmailFromAllMailboxes();
        SMS.clear();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        GATEWAY.stop(0);
    }

    @Test
    void theReviewerIsToldByMailAndSmsWhenAnItemReachesHisStep(CapturedOutput output) throws Exception {
        MockHttpSession reviewer = DemoLogin.session(mvc, "puwei.reviewer1");
        mvc.perform(post("/workspace/notifications").param("email", "chushen@puwei.example.gov.cn")
                .param("phone", "139 0812 0001").session(reviewer).with(csrf()))
                .andExpect(flash().attribute("done", "通知设置已保存。"));
        long id = submitItem("普威镇秋季森林防火通告");
        // written with the action, sent by the sender: one mail and one SMS
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE status = 'PENDING'").query(Long.class).single()).isEqualTo(2);
        assertThat(sender.sendDue()).isEqualTo(2);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("chushen@puwei.example.gov.cn");
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("noreply@gk.example.gov.cn");
        assertThat(mails[0].getSubject()).isEqualTo("待审核：《普威镇秋季森林防火通告》");
        assertThat((String) mails[0].getContent()).contains("已到第 1 步（初审），等待您审核")
                .contains("https://gk.example.gov.cn/workspace/items/" + id);
        assertThat(SMS).singleElement().satisfies(json -> assertThat(json).contains("\"to\":\"13908120001\"")
                .contains("【政务公开】待审核：《普威镇秋季森林防火通告》"));
        // sent once: a second run finds nothing due
        assertThat(sender.sendDue()).isZero();
        // the addresses are encrypted at rest and in no log
        assertThat(jdbc.sql("SELECT recipient_enc FROM notification").query(String.class).list())
                .noneMatch(r -> r.contains("puwei") || r.contains("1390812"));
        assertThat(ourLines(output)).noneMatch(l -> l.contains("chushen@puwei") || l.contains("13908120001"));
    }

    @Test
    void aMailServerThatIsDownDoesNotStopTheActionAndTheMailFollowsLater(CapturedOutput output) throws Exception {
        MockHttpSession reviewer = DemoLogin.session(mvc, "gaoping.reviewer1");
        mvc.perform(post("/workspace/notifications").param("email", "chushen@gaoping.example.gov.cn").param("phone", "")
                .session(reviewer).with(csrf()));
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        try {
            MockHttpSession drafter = DemoLogin.session(mvc, "gaoping.drafter");
            String location = mvc.perform(post("/workspace/items").param("title", "高平镇防汛值班安排").param("kind", "NOTICE")
                    .param("body", "<p>正文</p>").session(drafter).with(csrf())).andReturn().getResponse().getRedirectedUrl();
            mvc.perform(post(location + "/submit").session(drafter).with(csrf()))
                    .andExpect(flash().attribute("done", "已提交审核。"));
            assertThat(sender.sendDue()).isZero();
            var row = jdbc.sql("SELECT status, attempts, last_error FROM notification").query((rs, n) -> List.of(
                    rs.getString(1), rs.getString(2), rs.getString(3))).single();
            assertThat(row.subList(0, 2)).containsExactly("PENDING", "1");
            assertThat(ourLines(output)).anyMatch(l -> l.contains("第 1 次发送失败"))
                    .noneMatch(l -> l.contains("chushen@gaoping"));
            // retried after 1 minute, then after 2 (first-retry, doubled per failure)
            assertThat(nextAttempt()).isEqualTo(clock.instant().plusSeconds(60));
            clock.setInstant(clock.instant().plusSeconds(60));
            assertThat(sender.sendDue()).isZero();
            assertThat(nextAttempt()).isEqualTo(clock.instant().plusSeconds(120));
        } finally {
            smtp = startSmtp(port);
        }
        // not before its retry time …
        clock.setInstant(clock.instant().plusSeconds(119));
        assertThat(sender.sendDue()).isZero();
        // … and then it goes out
        clock.setInstant(clock.instant().plusSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("待审核：《高平镇防汛值班安排》"));
        assertThat(jdbc.sql("SELECT status || ' ' || attempts FROM notification").query(String.class).single()).isEqualTo("SENT 3");
    }

    @Test
    void aMailServerThatDoesNotAnswerCostsOneTimeoutPerRunAndNothingElse() throws Exception {
        MockHttpSession reviewer = DemoLogin.session(mvc, "xiaopu.reviewer1");
        mvc.perform(post("/workspace/notifications").param("email", "chushen@xiaopu.example.gov.cn").param("phone", "")
                .session(reviewer).with(csrf()));
        MockHttpSession drafter = DemoLogin.session(mvc, "xiaopu.drafter");
        for (String title : List.of("小铺镇秋收安全提示", "小铺镇集镇停水通知")) {
            String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "NOTICE")
                    .param("body", "<p>正文</p>").session(drafter).with(csrf())).andReturn().getResponse().getRedirectedUrl();
            mvc.perform(post(location + "/submit").session(drafter).with(csrf())).andExpect(flash().attribute("done", "已提交审核。"));
        }
        // a server that takes the connection and never says a word (mail.smtp.timeout is 1 s in this test)
        var mail = (org.springframework.mail.javamail.JavaMailSenderImpl) mailSender;
        int port = mail.getPort();
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            mail.setPort(silent.getLocalPort());
            long started = System.nanoTime();
            assertThat(sender.sendDue()).isZero();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(8));
        } finally {
            mail.setPort(port);
        }
        // the first was tried once and waits for its retry; the second was left for the next run, not counted
        assertThat(jdbc.sql("SELECT status || ' ' || attempts FROM notification ORDER BY id").query(String.class).list())
                .containsExactly("PENDING 1", "PENDING 0");
        assertThat(sender.sendDue()).isEqualTo(1);
        clock.setInstant(clock.instant().plusSeconds(60));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    private java.time.Instant nextAttempt() {
        return jdbc.sql("SELECT next_attempt_at FROM notification").query(java.time.OffsetDateTime.class).single().toInstant();
    }

    @Test
    void theApplicantIsToldAndTheDigestGoesOutOncePerDay() throws Exception {
        var drafter = accounts.byUsername("binggu.drafter").orElseThrow();
        StaffUser staff = new StaffUser(drafter.id(), drafter.username(), drafter.displayName(), drafter.organId(),
                drafter.roles(), "", true, false);
        var submitted = requests.register(staff, new IntakeForm(ApplicantColumn.NATURAL_PERSON, "李四", "居民身份证", "510421199001011233",
                "13800000001", "丙谷镇2025年道路硬化项目清单", null, FormWanted.EMAIL, Delivery.EMAIL, Channel.COUNTER,
                LocalDate.of(2025, 9, 15), null), ApplicantContact.of("", "", "", "lisi@example.com"));
        sender.sendDue();
        MimeMessage applicant = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> to(m).equals("lisi@example.com")).findFirst().orElseThrow();
        assertThat(applicant.getSubject()).isEqualTo("您的政府信息公开申请 " + submitted.request().requestNumber() + "：已登记");
        assertThat((String) applicant.getContent()).contains("https://gk.example.gov.cn/apply/status")
                .doesNotContain("道路硬化");

        // The organ administrator with an address gets the morning digest. A suggestion of today is due on
        // 28 September (10 working days after today, FeedbackTests' rule; 13 days away, within digest-days 30).
        MockHttpSession admin = DemoLogin.session(mvc, "binggu.admin");
        mvc.perform(post("/workspace/notifications").param("email", "admin@binggu.example.gov.cn").session(admin).with(csrf()));
        feedback.submit(organs.byCode("binggu").orElseThrow(), Feedback.Kind.SUGGESTION, "建议公开村级财务", null, false);
        assertThat(digest.write()).isGreaterThanOrEqualTo(1);
        digest.write(); // the same day again: nothing more
        smtp.purgeEmailFromAllMailboxes();
        sender.sendDue();
        List<MimeMessage> toAdmin = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> to(m).equals("admin@binggu.example.gov.cn")).toList();
        // the new suggestion (work arrived) and one digest
        assertThat(toAdmin).extracting(NotificationTests::subject).containsExactlyInAnyOrder(
                "新的建议 " + jdbc.sql("SELECT feedback_number FROM feedback WHERE organ_id = 15").query(String.class).single(),
                "待办提醒：1 件期限临近或已逾期");
        String body = toAdmin.stream().filter(m -> subject(m).startsWith("待办提醒")).findFirst().map(NotificationTests::content)
                .orElseThrow();
        // The one entry is the suggestion: the request registered today is due 20 working days after today
        // (Art. 33) over the National Day break: 16–19, 22–26, 28–30 September, 9–11, 13–17 October → 17 October,
        // 32 days away, beyond digest-days (30).
        assertThat(body).contains("期限 2025年9月28日（剩 13 天）").contains("https://gk.example.gov.cn/workspace/feedback");

        // Three working days before its deadline the request is in the morning's digest, with the suggestion now overdue.
        clock.set(LocalDate.of(2025, 10, 14));
        smtp.purgeEmailFromAllMailboxes();
        digest.write();
        sender.sendDue();
        String later = List.of(smtp.getReceivedMessages()).stream().filter(m -> to(m).equals("admin@binggu.example.gov.cn"))
                .map(NotificationTests::content).findFirst().orElseThrow();
        assertThat(later).contains(submitted.request().requestNumber()).contains("期限 2025年10月17日（剩 3 个工作日）")
                .contains("期限 2025年9月28日（已逾期 16 天）").doesNotContain("李四").doesNotContain("510421")
                .doesNotContain("道路硬化");
    }

    private long submitItem(String title) throws Exception {
        MockHttpSession drafter = DemoLogin.session(mvc, "puwei.drafter");
        String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "NOTICE")
                .param("body", "<p>正文</p>").session(drafter).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/submit").session(drafter).with(csrf()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The application's log lines (the test's own SMTP server logs the addresses it creates mailboxes for). */
    private static List<String> ourLines(CapturedOutput output) {
        return output.getAll().lines().filter(l -> !l.contains("icegreen") && !l.contains("Parameters = ")).toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static HttpServer startGateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                SMS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
