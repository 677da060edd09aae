package cn.gongkai.server.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 11's 500s, each answered properly now: 403 for the administrators, 400 with a Chinese message for bad input. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:error-answers;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorAnswersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theThreeAdministratorsGet403OnRequestsAndFeedback() throws Exception {
        for (String admin : new String[] {"system.admin", "security.admin", "audit.admin"}) {
            var session = DemoLogin.session(mvc, admin);
            mvc.perform(get("/workspace/requests").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/workspace/feedback").session(session)).andExpect(status().isForbidden());
        }
        // the organ's own staff still see them
        var drafter = DemoLogin.session(mvc, "puwei.drafter");
        mvc.perform(get("/workspace/requests").session(drafter)).andExpect(status().isOk());
        mvc.perform(get("/workspace/feedback").session(drafter)).andExpect(status().isOk());
    }

    @Test
    void anOverLongFieldIs400WithAMessage() throws Exception {
        // 文号 is at most 100 characters in the database (V4); 101 used to fail the insert with 500
        mvc.perform(post("/workspace/items").session(DemoLogin.session(mvc, "puwei.drafter")).with(csrf())
                        .param("title", "测试信息").param("kind", "WORK_NEWS").param("documentNumber", "号".repeat(101))
                        .param("body", "<p>正文</p>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("填写的内容超过长度上限")));
    }

    @Test
    void anUnknownRoleIs400WithAMessage() throws Exception {
        mvc.perform(post("/workspace/review-chain").session(DemoLogin.session(mvc, "puwei.admin")).with(csrf())
                        .param("step", "FIRST_REVIEWER").param("step", "KING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("审核步骤的角色无效")));
        mvc.perform(post("/workspace/accounts/puwei.drafter/roles").session(DemoLogin.session(mvc, "security.admin"))
                        .with(csrf()).param("roles", "KING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("的取值无效")));
    }
}
