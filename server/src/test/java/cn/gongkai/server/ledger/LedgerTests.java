package cn.gongkai.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The ledger keeps every action in one hash chain, shows tampering, and is for the audit administrator. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ledger-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LedgerTests {

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void concurrentAppendsFormOneIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    ledger.record(new Action("tester" + thread, 11L, "edit", "item", "item-" + i, "{\"v\":" + i + "}",
                            "{\"v\":" + (i + 1) + "}"));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Ledger.Verification v = ledger.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(200);
        assertThat(ledger.forSubject("item", "item-7")).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(e -> assertThat(e.after()).isEqualTo("{\"v\":8}"));
    }

    @Test
    void changingOrDeletingAnEntryIsDetected() {
        LedgerEntry a = ledger.record(new Action("x", null, "edit", "item", "t1", null, "{\"title\":\"原标题\"}"));
        ledger.record(new Action("x", null, "edit", "item", "t1", "{\"title\":\"原标题\"}", "{\"title\":\"新标题\"}"));
        assertThat(ledger.verify().intact()).isTrue();
        jdbc.sql("UPDATE ledger_entry SET after_state = '{\"title\":\"篡改\"}' WHERE id = :id").param("id", a.id()).update();
        assertThat(ledger.verify().firstBrokenId()).contains(a.id());
        jdbc.sql("UPDATE ledger_entry SET after_state = '{\"title\":\"原标题\"}' WHERE id = :id").param("id", a.id()).update();
        assertThat(ledger.verify().intact()).isTrue();
        LedgerEntry last = ledger.record(new Action("x", null, "edit", "item", "t2", null, null));
        jdbc.sql("DELETE FROM ledger_entry WHERE id = :id").param("id", last.id()).update();
        assertThat(ledger.verify().intact()).as("removing the newest entry breaks the head").isFalse();
        // Put it back so the other tests see an intact chain.
        jdbc.sql("""
                INSERT INTO ledger_entry (id, at, actor, organ_id, action, subject_type, subject_id, before_state,
                                          after_state, prev_hash, hash)
                VALUES (:id, :at, 'x', NULL, 'edit', 'item', 't2', NULL, NULL, :prev, :hash)
                """).param("id", last.id()).param("at", last.at()).param("prev", last.prevHash()).param("hash", last.hash())
                .update();
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void loginsAndFailedLoginsAreRecordedWithoutPasswords() throws Exception {
        mvc.perform(formLogin().user("puwei.admin").password("not-the-password"));
        mvc.perform(formLogin().user("puwei.admin").password("Gongkai-Demo-2026"));
        List<LedgerEntry> entries = ledger.forSubject("account", "puwei.admin");
        assertThat(entries).extracting(LedgerEntry::action).containsSubsequence("login-failed", "login");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.after())).doesNotContain("not-the-password"));
    }

    @Test
    void onlyTheAuditAdministratorSeesTheLedger() throws Exception {
        MockHttpSession audit = login("audit.admin");
        mvc.perform(get("/workspace/ledger").session(audit)).andExpect(status().isOk())
                .andExpect(content().string(containsString("哈希链完整")));
        mvc.perform(get("/workspace/ledger.csv").session(audit)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id,at,actor,organ_id,action")));
        for (String other : new String[] {"puwei.admin", "county.supervisor", "system.admin"}) {
            mvc.perform(get("/workspace/ledger").session(login(other))).andExpect(status().isForbidden());
        }
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
