package cn.gongkai.server.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.request.TestClock;
import java.time.LocalDate;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification exists exactly when its action committed, and failing to write one never undoes or breaks
 * the action (issue 16). On H2 here, on PostgreSQL in {@link NotificationTransactionPostgresTests}, where a
 * failed statement aborts the whole transaction unless it ran in a savepoint.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:notification-tx-test;DB_CLOSE_DELAY=-1",
        "gongkai.notifications.enabled=true", "gongkai.notifications.poll=1h", "gongkai.notifications.digest-cron=-"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class NotificationTransactionTests {

    static final Inbox INBOX = new Inbox();

    @Autowired
    MockMvc mvc;
    @Autowired
    OutboxSender sender;
    @Autowired
    StaffContacts contacts;
    @Autowired
    Accounts accounts;
    @Autowired
    PublicationService publication;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", INBOX::port);
    }

    @BeforeEach
    void reviewerGaveAnAddress() {
        contacts.save(accounts.byUsername("baipo.reviewer1").orElseThrow().id(), "chushen@baipo.example.gov.cn", "");
        jdbc.sql("DELETE FROM notification").update();
        INBOX.clear();
    }

    @AfterAll
    static void stop() {
        INBOX.stop();
    }

    @org.junit.jupiter.api.BeforeAll
    static void start() {
        INBOX.restart(); // the PostgreSQL subclass runs after this class stopped it
    }

    @Test
    void anActionRolledBackAfterItsLedgerEntrySendsNothingOneCommittedSendsItsMail() throws Exception {
        long id = draft("白坡彝族乡农机补贴公示");
        StaffUser drafter = user("baipo.drafter");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            publication.submit(drafter, id, null);
            throw new IllegalStateException("a later step of the same action failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT status FROM publication_item WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM notification").query(Long.class).single()).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(INBOX.mails()).isEmpty();

        transactions.executeWithoutResult(status -> publication.submit(drafter, id, null));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(INBOX.mails()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("chushen@baipo.example.gov.cn");
            assertThat(m.subject()).isEqualTo("待审核：《白坡彝族乡农机补贴公示》");
        });
    }

    @Test
    void anOutboxThatCannotBeWrittenDoesNotStopTheAction(CapturedOutput output) throws Exception {
        long id = draft("白坡彝族乡防火期管理规定");
        // every write of a notification now fails (on PostgreSQL it would abort the action's transaction)
        jdbc.sql("ALTER TABLE notification RENAME TO notification_away").update();
        try {
            mvc.perform(post("/workspace/items/" + id + "/submit").session(DemoLogin.session(mvc, "baipo.drafter")).with(csrf()))
                    .andExpect(flash().attribute("done", "已提交审核。"));
        } finally {
            jdbc.sql("ALTER TABLE notification_away RENAME TO notification").update();
        }
        // the action committed whole: the item is in review and its ledger entry is there
        assertThat(jdbc.sql("SELECT status FROM publication_item WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("IN_REVIEW");
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action = 'submit' AND subject_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(output.getAll()).contains("未能为操作 submit 生成通知").doesNotContain("chushen@baipo");
        assertThat(jdbc.sql("SELECT count(*) FROM notification").query(Long.class).single()).isZero();

        // and the next action is told as usual
        mvc.perform(post("/workspace/items/" + draft("白坡彝族乡秋季征兵公告") + "/submit")
                .session(DemoLogin.session(mvc, "baipo.drafter")).with(csrf())).andExpect(flash().attribute("done", "已提交审核。"));
        assertThat(sender.sendDue()).isEqualTo(1);
    }

    private long draft(String title) throws Exception {
        String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "NOTICE")
                .param("body", "<p>正文</p>").session(DemoLogin.session(mvc, "baipo.drafter")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private StaffUser user(String username) {
        Account a = accounts.byUsername(username).orElseThrow();
        return new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(), "", true, false);
    }
}
