package cn.gongkai.server.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Revoking a role, disabling an account or changing a password ends that account's other sessions at
 * their next request (issue 11): the old session is sent to the login page, which says why.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:session-revocation-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SessionRevocationTests {

    private static final String EXPIRED = "/login?expired";

    @Autowired
    MockMvc mvc;

    @Test
    void revokingARoleEndsTheSessionsOfThatAccount() throws Exception {
        MockHttpSession reviewer = login("puwei.reviewer1");
        mvc.perform(get("/workspace").session(reviewer)).andExpect(status().isOk());
        mvc.perform(post("/workspace/accounts/puwei.reviewer1/roles").param("roles", "SECOND_REVIEWER")
                .session(login("security.admin")).with(csrf())).andExpect(flash().attribute("done", "已更新 puwei.reviewer1 的角色。"));
        mvc.perform(get("/workspace").session(reviewer)).andExpect(redirectedUrl(EXPIRED));
        // Signing in again gives a session with the new roles.
        mvc.perform(get("/workspace").session(login("puwei.reviewer1"))).andExpect(status().isOk());
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRefusesNewLogins() throws Exception {
        MockHttpSession drafter = login("gaoping.drafter");
        mvc.perform(post("/workspace/accounts/gaoping.drafter/enabled").param("enabled", "false")
                .session(login("security.admin")).with(csrf())).andExpect(flash().attribute("done", "已停用 gaoping.drafter。"));
        mvc.perform(post("/workspace/items").param("title", "停用后的草稿").param("kind", "WORK_NEWS").param("body", "<p>x</p>")
                .session(drafter).with(csrf())).andExpect(redirectedUrl(EXPIRED));
        mvc.perform(formLogin().user("gaoping.drafter").password(DemoLogin.PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        MockHttpSession office = login("baipo.drafter");
        MockHttpSession home = login("baipo.drafter");
        mvc.perform(post("/workspace/password").param("current", DemoLogin.PASSWORD).param("replacement", "Lanhua-Qiao-2027!")
                .session(home).with(csrf())).andExpect(flash().attribute("done", "密码已修改，本账号的其他登录已失效；下次登录请使用新密码。"));
        mvc.perform(get("/workspace").session(office)).andExpect(redirectedUrl(EXPIRED));
        mvc.perform(get("/workspace").session(home)).andExpect(status().isOk());
    }

    private MockHttpSession login(String username) throws Exception {
        return DemoLogin.session(mvc, username);
    }
}
