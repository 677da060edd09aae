package cn.gongkai.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Login, lockout and who sees which organ, through the real security chain and the demo county:
 * a township's staff see their own township only; the county supervisor sees all; the three
 * administrators see no organ's content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaffAccessTests {

    private static final String DEMO_PASSWORD = "Gongkai-Demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWorkspaceNeedsALogin() throws Exception {
        mvc.perform(get("/workspace")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("工作人员登录")))
                // single sign-on is off by default (issue 16): no button, no provider endpoints
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("统一身份认证"))));
        mvc.perform(get("/oauth2/authorization/sso")).andExpect(status().isNotFound());
    }

    @Test
    void staffSeeTheirOwnOrganOnly() throws Exception {
        MockHttpSession puwei = login("puwei.drafter");
        mvc.perform(get("/workspace").session(puwei)).andExpect(status().isOk())
                .andExpect(content().string(containsString("米易县普威镇人民政府")))
                .andExpect(content().string(not(containsString("米易县高平镇人民政府"))))
                .andExpect(content().string(containsString("撰稿")));
        mvc.perform(get("/workspace/organs/puwei").session(puwei)).andExpect(status().isOk());
        mvc.perform(get("/workspace/organs/gaoping").session(puwei)).andExpect(status().isNotFound());
        mvc.perform(get("/workspace/organs/miyi").session(puwei)).andExpect(status().isNotFound());
    }

    @Test
    void theCountySupervisorSeesEveryOrgan() throws Exception {
        MockHttpSession supervisor = login("county.supervisor");
        for (String code : new String[] {"miyi", "puwei", "gaoping", "baipo", "xiaopu", "binggu", "miyi-education"}) {
            mvc.perform(get("/workspace/organs/" + code).session(supervisor)).andExpect(status().isOk());
        }
    }

    @Test
    void theThreeAdministratorsSeeNoOrgansContent() throws Exception {
        for (String admin : new String[] {"system.admin", "security.admin", "audit.admin"}) {
            MockHttpSession session = login(admin);
            mvc.perform(get("/workspace").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("不查看各机关的业务内容")));
            mvc.perform(get("/workspace/organs/miyi").session(session)).andExpect(status().isNotFound());
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("baipo.reviewer1").password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("baipo.reviewer1").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("账号因多次输错密码已临时锁定")));
        // Someone else's account is not affected.
        login("baipo.reviewer2");
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user("xiaopu.drafter").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        login("xiaopu.drafter");
        mvc.perform(formLogin().user("xiaopu.drafter").password("wrong")).andExpect(redirectedUrl("/login?error"));
        login("xiaopu.drafter");
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'puwei.drafter'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DEMO_PASSWORD);
    }

    @Test
    void logoutNeedsAPostWithTheCsrfToken() throws Exception {
        MockHttpSession session = login("binggu.admin");
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/workspace").session(session)).andExpect(status().is3xxRedirection());
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/workspace"))
                .andReturn().getRequest().getSession(false);
    }
}
