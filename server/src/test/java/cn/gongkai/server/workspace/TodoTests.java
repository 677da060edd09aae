package cn.gongkai.server.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.TestClock;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 待办 on the workspace home (issue 16), on the demo county's accounts and its request in hand, on
 * Monday 15 September 2025 (TestClock). Deadlines counted by hand with the 2025 National Day arrangement
 * (1–8 October off; Sunday 28 September and Saturday 11 October are working days).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:todo-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class TodoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackService feedback;

    @Autowired
    Organs organs;

    @Test
    void eachPersonSeesWhatWaitsForHimWithDeadlinesAndLinks() throws Exception {
        MockHttpSession drafter = DemoLogin.session(mvc, "puwei.drafter");
        long first = create(drafter, "普威镇秋季森林防火通告");
        long second = create(drafter, "普威镇农村公路养护情况");
        submit(drafter, first);
        submit(drafter, second);

        MockHttpSession reviewer1 = DemoLogin.session(mvc, "puwei.reviewer1");
        home(reviewer1).andExpect(content().string(containsString("待我审核的信息（2）")))
                .andExpect(content().string(containsString("/workspace/items/" + first)))
                .andExpect(content().string(containsString("第 1 步初审，撰稿人 puwei.drafter")));
        // the second step's reviewer has nothing yet
        home(DemoLogin.session(mvc, "puwei.reviewer2")).andExpect(content().string(not(containsString("待我审核的信息"))));

        mvc.perform(post("/workspace/items/" + second + "/return").param("comment", "请补充养护里程").session(reviewer1)
                .with(csrf()));
        home(reviewer1).andExpect(content().string(containsString("待我审核的信息（1）")));
        // The demo request at 普威镇 arrived on Friday 12 September; 20 working days from Monday 15 September
        // (Art. 33): 15–19, 22–26, 28, 29–30 September, 9–11 and 13–16 October: 16 October.
        home(drafter).andExpect(content().string(containsString("退回修改的稿件（1）")))
                .andExpect(content().string(containsString("退回意见：请补充养护里程")))
                .andExpect(content().string(containsString("/workspace/items/" + second)))
                .andExpect(content().string(containsString("办理中的依申请公开（1）")))
                .andExpect(content().string(containsString("期限 2025年10月16日（剩 ")));

        // A suggestion to 普威镇 today is due in 10 working days (gongkai.supervision.reply-days) after today:
        // 16–19, 22–26 and Sunday 28 September: 28 September, 13 days away.
        feedback.submit(organs.byCode("puwei").orElseThrow(), Feedback.Kind.SUGGESTION, "建议在村口增设公开栏", null, false);
        MockHttpSession admin = DemoLogin.session(mvc, "puwei.admin");
        home(admin).andExpect(content().string(containsString("待答复的投诉建议（1）")))
                .andExpect(content().string(containsString("期限 2025年9月28日（剩 13 天）")));

        // An inspection finding: rectify within 15 working days after today: … 9–10 and Saturday 11 October.
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        mvc.perform(post("/workspace/inspections").param("organ", "puwei").param("category", "STALE_CONTENT")
                .param("description", "财政预决算栏目未更新").session(supervisor).with(csrf()));
        home(admin).andExpect(content().string(containsString("待整改的检查问题（1）")))
                .andExpect(content().string(containsString("期限 2025年10月11日（剩 26 天）")))
                .andExpect(content().string(containsString("/workspace/inspections#finding-")));

        // the three administrators do no organ's work
        home(DemoLogin.session(mvc, "security.admin")).andExpect(content().string(containsString("目前没有等您办理的事项")));
    }

    private ResultActions home(MockHttpSession session) throws Exception {
        return mvc.perform(get("/workspace").session(session)).andExpect(status().isOk());
    }

    private long create(MockHttpSession drafter, String title) throws Exception {
        String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "NOTICE")
                .param("body", "<p>正文</p>").session(drafter).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void submit(MockHttpSession drafter, long id) throws Exception {
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()));
    }
}
