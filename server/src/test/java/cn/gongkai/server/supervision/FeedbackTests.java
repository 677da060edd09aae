package cn.gongkai.server.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.request.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A citizen's suggestion answered within ten working days and published with its answer (件件有回音). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:feedback-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class FeedbackTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Test
    void aSuggestionIsAnsweredAndPublishedWithItsAnswer() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession visitor = new MockHttpSession();
        mvc.perform(get("/feedback/gaoping").session(visitor));
        Document done = page(post("/feedback/gaoping").session(visitor).with(csrf()).param("kind", "SUGGESTION")
                .param("content", "建议在门户公开村级惠民资金的发放明细。").param("contact", "13812345678")
                .param("mayPublish", "true").param("answer", visitor.getAttribute("gongkai.feedback.challenge").toString()));
        String number = done.select("#number").text();
        String code = done.select("#code").text();
        // Ten working days from Monday 15 Sep 2025: 16–19, 22–26 and Sunday 28 Sep, a make-up working day.
        assertThat(done.select("[role=status]").text()).endsWith("将于 2025-09-28 前答复。");

        MockHttpSession admin = DemoLogin.session(mvc, "gaoping.admin");
        long id = Long.parseLong(page(get("/workspace/feedback").session(admin)).select("form[action$=/assign]").attr("action")
                .replaceAll("\\D+", " ").strip().split(" ")[0]);
        mvc.perform(post("/workspace/feedback/" + id + "/assign").param("assignee", "gaoping.drafter").session(admin).with(csrf()))
                .andExpect(flash().attribute("done", "已分派给 gaoping.drafter。"));
        mvc.perform(post("/workspace/feedback/" + id + "/reply").param("reply", "x").session(DemoLogin.session(mvc, "gaoping.reviewer1"))
                .with(csrf())).andExpect(flash().attribute("problem", "只有承办人或本机关管理员可以答复"));
        clock.set(LocalDate.of(2025, 9, 19));
        mvc.perform(post("/workspace/feedback/" + id + "/reply").param("reply", "已在“法定主动公开内容—涉农补贴”栏目公开发放明细。")
                .param("publish", "true").session(DemoLogin.session(mvc, "gaoping.drafter")).with(csrf()))
                .andExpect(flash().attribute("done", "已答复并公开。"));

        Document status = page(post("/feedback/status").param("number", number).param("code", code).with(csrf()));
        assertThat(status.select("#feedback-status").text()).isEqualTo("已答复（2025-09-19）");
        Document form = page(get("/feedback/gaoping"));
        assertThat(form.select("article.answer .reply").text()).isEqualTo("答复（2025-09-19）：已在“法定主动公开内容—涉农补贴”栏目公开发放明细。");
        assertThat(form.text()).doesNotContain("13812345678");
        // Another township's staff see nothing of it.
        assertThat(page(get("/workspace/feedback").session(DemoLogin.session(mvc, "puwei.admin"))).text())
                .contains("没有投诉建议");
    }

    @Test
    void withoutTheWritersConsentNothingIsPublished() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession visitor = new MockHttpSession();
        mvc.perform(get("/feedback/xiaopu").session(visitor));
        mvc.perform(post("/feedback/xiaopu").session(visitor).with(csrf()).param("kind", "COMPLAINT")
                .param("content", "申请答复超期。").param("answer", visitor.getAttribute("gongkai.feedback.challenge").toString()));
        MockHttpSession admin = DemoLogin.session(mvc, "xiaopu.admin");
        long id = Long.parseLong(page(get("/workspace/feedback").session(admin)).select("form[action$=/reply]").attr("action")
                .replaceAll("\\D+", " ").strip().split(" ")[0]);
        mvc.perform(post("/workspace/feedback/" + id + "/reply").param("reply", "已督促整改。").param("publish", "true")
                .session(admin).with(csrf())).andExpect(flash().attribute("problem", "来信人没有同意公开，不能公开"));
        assertThat(page(get("/feedback/xiaopu")).text()).contains("暂无公开的答复");
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
