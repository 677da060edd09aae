package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Anonymous visits create no session (issue 11): the portal, the search and the checker page with its
 * upload form answer without one (the checker's CSRF token is a cookie); and an account has at most 3
 * sessions, the least recently used ending when a fourth signs in.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:anonymous-session-test;DB_CLOSE_DELAY=-1",
        "gongkai.sessions.max-per-account=3"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class AnonymousSessionTests {

    @Autowired
    MockMvc mvc;

    @Test
    void portalPagesAndTheCheckerPageCreateNoSession() throws Exception {
        for (String page : new String[] {"/", "/portal/puwei", "/portal/puwei/reports", "/search?q=公开", "/apply",
                "/workspace"}) {
            MvcResult result = mvc.perform(get(page)).andReturn();
            assertThat(result.getResponse().getStatus()).as(page).isIn(200, 302);
            assertThat(result.getRequest().getSession(false)).as("session after " + page).isNull();
            assertThat(setCookies(result.getResponse())).as(page).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        // The checker page still carries a CSRF token for its upload form, from a cookie.
        MvcResult checker = mvc.perform(get("/check")).andReturn();
        assertThat(checker.getResponse().getContentAsString()).contains("name=\"_csrf\"");
        assertThat(setCookies(checker.getResponse())).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
    }

    @Test
    void aFourthSessionOfOneAccountEndsTheLeastRecentlyUsed() throws Exception {
        MockHttpSession first = DemoLogin.session(mvc, "miyi-education.drafter");
        MockHttpSession second = DemoLogin.session(mvc, "miyi-education.drafter");
        DemoLogin.session(mvc, "miyi-education.drafter");
        mvc.perform(get("/workspace").session(first)).andExpect(status().isOk());
        // The fourth ends the session used least recently: the second (the first was just used).
        DemoLogin.session(mvc, "miyi-education.drafter");
        mvc.perform(get("/workspace").session(second)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/workspace").session(first)).andExpect(status().isOk());
    }

    private static java.util.List<String> setCookies(MockHttpServletResponse response) {
        return response.getHeaders("Set-Cookie");
    }
}
