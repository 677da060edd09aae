package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The large-text display (适老化): switched by a link, kept in a cookie, no script needed. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DisplayTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLinkSwitchesToLargeTextAndBack() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("大字版")))
                .andExpect(content().string(not(containsString("large.css"))));
        mvc.perform(get("/display").param("size", "large").param("back", "/portal/puwei"))
                .andExpect(redirectedUrl("/portal/puwei")).andExpect(cookie().value("gongkai-text", "large"));
        mvc.perform(get("/").cookie(new Cookie("gongkai-text", "large")))
                .andExpect(content().string(containsString("/css/large.css")))
                .andExpect(content().string(containsString("标准字号")));
    }

    @Test
    void onlyLocalPathsAreReturnedTo() throws Exception {
        mvc.perform(get("/display").param("size", "large").param("back", "https://evil.example/"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/display").param("size", "large").param("back", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
        assertThat(DisplayController.isLocalPath("/check?x=1")).isTrue();
        assertThat(DisplayController.isLocalPath("/\\evil.example")).isFalse();
    }
}
