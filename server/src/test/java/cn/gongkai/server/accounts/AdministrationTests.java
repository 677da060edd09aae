package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Role grants, password changes and review-chain settings: who may, what is refused, what the ledger keeps. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:admin-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class AdministrationTests {

    private static final String DEMO = "Gongkai-Demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Ledger ledger;

    @Test
    void theSecurityAdministratorGrantsBusinessRolesAndTheLedgerKeepsTheChange() throws Exception {
        MockHttpSession security = login("security.admin", DEMO);
        mvc.perform(get("/workspace/accounts").session(security)).andExpect(status().isOk())
                .andExpect(content().string(containsString("puwei.drafter")));
        mvc.perform(post("/workspace/accounts/puwei.drafter/roles").param("roles", "DRAFTER", "FIRST_REVIEWER")
                .session(security).with(csrf())).andExpect(flash().attribute("done", "已更新 puwei.drafter 的角色。"));
        assertThat(ledger.forSubject("account", "puwei.drafter")).filteredOn(e -> e.action().equals("permission-change"))
                .singleElement().satisfies(e -> {
                    assertThat(e.before()).isEqualTo("[DRAFTER]");
                    assertThat(e.after()).isEqualTo("[DRAFTER,FIRST_REVIEWER]");
                    assertThat(e.actor()).isEqualTo("security.admin");
                });
    }

    @Test
    void theThreeAdministratorRolesCannotBeGrantedNorOnesOwnRolesChanged() throws Exception {
        MockHttpSession security = login("security.admin", DEMO);
        mvc.perform(post("/workspace/accounts/gaoping.admin/roles").param("roles", "SYSTEM_ADMIN").session(security)
                .with(csrf())).andExpect(flash().attribute("problem", "系统、安全、审计管理员（三员）角色不能在平台上授予"));
        mvc.perform(post("/workspace/accounts/security.admin/roles").param("roles", "DRAFTER").session(security)
                .with(csrf())).andExpect(flash().attribute("problem", "不能修改自己的角色"));
        mvc.perform(post("/workspace/accounts/audit.admin/roles").param("roles", "DRAFTER").session(security)
                .with(csrf())).andExpect(flash().attribute("problem", "三员账号不能兼任业务角色"));
    }

    @Test
    void onlyTheSecurityAdministratorManagesRoles() throws Exception {
        for (String user : new String[] {"system.admin", "puwei.admin", "county.supervisor"}) {
            MockHttpSession session = login(user, DEMO);
            mvc.perform(get("/workspace/accounts").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/workspace/accounts/puwei.drafter/roles").param("roles", "ORGAN_ADMIN").session(session)
                    .with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void aPasswordChangeFollowsThePolicy() throws Exception {
        MockHttpSession me = login("binggu.reviewer2", DEMO);
        mvc.perform(post("/workspace/password").param("current", "wrong").param("replacement", "Another-Pass-2027")
                .session(me).with(csrf())).andExpect(flash().attribute("problem", "当前密码不正确"));
        mvc.perform(post("/workspace/password").param("current", DEMO).param("replacement", "short").session(me)
                .with(csrf())).andExpect(flash().attribute("problem", containsString("密码至少 12 位")));
        mvc.perform(post("/workspace/password").param("current", DEMO).param("replacement", "Another-Pass-2027")
                .session(me).with(csrf())).andExpect(flash().attribute("done", containsString("密码已修改")));
        mvc.perform(formLogin().user("binggu.reviewer2").password(DEMO)).andExpect(redirectedUrl("/login?error"));
        login("binggu.reviewer2", "Another-Pass-2027");
        assertThat(ledger.forSubject("account", "binggu.reviewer2")).extracting(LedgerEntry::action).contains("password-change");
    }

    @Test
    void anOrganAdministratorSetsItsReviewChain() throws Exception {
        MockHttpSession admin = login("xiaopu.admin", DEMO);
        mvc.perform(get("/workspace/review-chain").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 3 步")));
        mvc.perform(post("/workspace/review-chain").param("step", "FINAL_REVIEWER", "", "", "", "").session(admin)
                .with(csrf())).andExpect(flash().attribute("done", containsString("审核流程已保存")));
        mvc.perform(post("/workspace/review-chain").param("step", "", "", "").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "审核流程应有 1 到 5 步"));
        assertThat(ledger.forSubject("organ", "14")).filteredOn(e -> e.action().equals("review-chain-change"))
                .singleElement().satisfies(e -> assertThat(e.after()).isEqualTo("[FINAL_REVIEWER]"));
        mvc.perform(get("/workspace/review-chain").session(login("xiaopu.drafter", DEMO))).andExpect(status().isForbidden());
    }

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/workspace")).andReturn().getRequest().getSession(false);
    }
}
