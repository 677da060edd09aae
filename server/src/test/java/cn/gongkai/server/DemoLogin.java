package cn.gongkai.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in one of the demo accounts (README: 演示账号) through the real login form; the session to reuse. */
public final class DemoLogin {

    public static final String PASSWORD = "Gongkai-Demo-2026";

    private DemoLogin() {
    }

    public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getRequest()
                .getSession();
    }
}
