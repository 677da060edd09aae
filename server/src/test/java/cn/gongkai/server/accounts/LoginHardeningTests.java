package cn.gongkai.server.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.gongkai.server.DemoLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Login hardening (issue 11): unknown names get exactly the answers known names get, a name is locked
 * only at the address that guessed it, an address guessing many names is locked, and a password change
 * refuses the previous passwords and throttles the current-password check. Defaults: 5 per name and
 * address, 50 per address, 15 minutes (application.yml).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:login-hardening-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LoginHardeningTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownNameGetsTheSameAnswersAsAKnownOne() throws Exception {
        for (String name : new String[] {"puwei.admin", "nobody.here"}) {
            for (int i = 0; i < 5; i++) {
                login(name, "wrong-" + i, "192.0.2.1").andExpect(redirectedUrl("/login?error"));
            }
            login(name, DemoLogin.PASSWORD, "192.0.2.1").andExpect(redirectedUrl("/login?locked"));
        }
    }

    @Test
    void guessingFromOneAddressDoesNotLockTheAccountElsewhere() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("security.admin", "guess-" + i, "198.51.100.66").andExpect(redirectedUrl("/login?error"));
        }
        login("security.admin", DemoLogin.PASSWORD, "198.51.100.66").andExpect(redirectedUrl("/login?locked"));
        login("security.admin", DemoLogin.PASSWORD, "203.0.113.10").andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void anAddressTryingManyNamesIsLockedForEveryName() throws Exception {
        // 50 failures, each a different name (so no name reaches its own 5), lock the address.
        for (int i = 0; i < 50; i++) {
            login("guess" + i, "x", "192.0.2.99").andExpect(redirectedUrl("/login?error"));
        }
        login("gaoping.admin", DemoLogin.PASSWORD, "192.0.2.99").andExpect(redirectedUrl("/login?locked"));
        login("gaoping.admin", DemoLogin.PASSWORD, "192.0.2.98").andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void aNewPasswordMayNotBeTheCurrentOrOneOfTheFivePreviousOnes() throws Exception {
        MockHttpSession me = DemoLogin.session(mvc, "binggu.drafter");
        String current = DemoLogin.PASSWORD;
        // P1..P6: after P6 the earlier ones kept are P5, P4, P3, P2, P1 (the demo password was the sixth back).
        for (int i = 1; i <= 6; i++) {
            change(me, current, "Qiaotou-Lu-" + i + "!x").andExpect(flash().attribute("done",
                    "密码已修改，本账号的其他登录已失效；下次登录请使用新密码。"));
            current = "Qiaotou-Lu-" + i + "!x";
        }
        String refused = "新密码不能与当前密码或之前 5 次用过的密码相同";
        change(me, current, current).andExpect(flash().attribute("problem", refused));
        change(me, current, "Qiaotou-Lu-1!x").andExpect(flash().attribute("problem", refused));
        // One more change pushes P1 out of the five: it may be used again.
        change(me, current, "Qiaotou-Lu-7!x").andExpect(flash().attribute("done", "密码已修改，本账号的其他登录已失效；下次登录请使用新密码。"));
        change(me, "Qiaotou-Lu-7!x", "Qiaotou-Lu-1!x").andExpect(flash().attribute("done", "密码已修改，本账号的其他登录已失效；下次登录请使用新密码。"));
    }

    @Test
    void theCurrentPasswordCheckIsThrottled() throws Exception {
        MockHttpSession me = DemoLogin.session(mvc, "xiaopu.admin");
        for (int i = 0; i < 5; i++) {
            change(me, "wrong-" + i, "Shuiqiao-Cun-88!").andExpect(flash().attribute("problem", "当前密码不正确"));
        }
        change(me, DemoLogin.PASSWORD, "Shuiqiao-Cun-88!").andExpect(flash().attribute("problem", "当前密码输错次数过多，请 15 分钟后再试"));
    }

    private ResultActions change(MockHttpSession session, String current, String replacement) throws Exception {
        return mvc.perform(post("/workspace/password").param("current", current).param("replacement", replacement)
                .session(session).with(csrf()));
    }

    private ResultActions login(String name, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }));
    }
}
