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

/** The ledger keeps every action in one chain and is for the audit administrator (tampering: LedgerTamperTests). */
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
