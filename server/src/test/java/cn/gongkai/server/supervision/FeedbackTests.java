package cn.gongkai.server.supervision;

import cn.gongkai.server.FormAnswers;
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
        FormAnswers.keep(mvc, get("/feedback/gaoping").session(visitor));
        Document done = page(post("/feedback/gaoping").session(visitor).with(csrf()).param("kind", "SUGGESTION")
                .param("content", "建议在门户公开村级惠民资金的发放明细。").param("contact", "13812345678")
                .param("mayPublish", "true").with(FormAnswers.of(visitor)));
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
        FormAnswers.keep(mvc, get("/feedback/xiaopu").session(visitor));
        mvc.perform(post("/feedback/xiaopu").session(visitor).with(csrf()).param("kind", "COMPLAINT")
                .param("content", "申请答复超期。").with(FormAnswers.of(visitor)));
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        long id = id(page(get("/workspace/feedback").session(supervisor)), "申请答复超期。", "to-organ");
        mvc.perform(post("/workspace/feedback/" + id + "/to-organ").session(supervisor).with(csrf()));
        MockHttpSession admin = DemoLogin.session(mvc, "xiaopu.admin");
        mvc.perform(post("/workspace/feedback/" + id + "/reply").param("reply", "已督促整改。").param("publish", "true")
                .session(admin).with(csrf())).andExpect(flash().attribute("problem", "来信人没有同意公开，不能公开"));
        assertThat(page(get("/feedback/xiaopu")).text()).contains("暂无公开的答复");
    }

    /**
     * Art. 51: a complaint about a township lands with the county's 政务公开办, not with the township; the
     * supervisor gives it to the township, whose reply is a draft until the supervisor approves it.
     */
    @Test
    void aComplaintToATownshipLandsWithTheCountySupervisorWhoReviewsTheTownshipsReply() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession visitor = new MockHttpSession();
        FormAnswers.keep(mvc, get("/feedback/baipo").session(visitor));
        mvc.perform(post("/feedback/baipo").session(visitor).with(csrf()).param("kind", "COMPLAINT")
                .param("content", "白坡乡未在期限内答复我的申请。").param("mayPublish", "true")
                .with(FormAnswers.of(visitor)));
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        Document list = page(get("/workspace/feedback").session(supervisor));
        org.jsoup.nodes.Element item = article(list, "白坡乡未在期限内答复我的申请。");
        assertThat(item.select(".routing").text()).isEqualTo("由监督机关办理（《条例》第五十一条）");
        assertThat(item.select(".organ").text()).contains("白坡");
        // Before it is given to the township, the township sees it but has no form to answer it.
        MockHttpSession admin = DemoLogin.session(mvc, "baipo.admin");
        assertThat(article(page(get("/workspace/feedback").session(admin)), "白坡乡未在期限内答复我的申请。")
                .select("form")).isEmpty();
        long id = id(list, "白坡乡未在期限内答复我的申请。", "to-organ");
        mvc.perform(post("/workspace/feedback/" + id + "/reply").param("reply", "x").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "投诉由监督机关办理，尚未交由本机关答复"));
        mvc.perform(post("/workspace/feedback/" + id + "/to-organ").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("done", "已交由被投诉机关答复，答复须经本机关审核后发出。"));
        // The drafter, not assigned, gets no reply form; the administrator drafts.
        assertThat(article(page(get("/workspace/feedback").session(DemoLogin.session(mvc, "baipo.drafter"))),
                "白坡乡未在期限内答复我的申请。").select("form[action$=/reply]")).isEmpty();
        mvc.perform(post("/workspace/feedback/" + id + "/reply").param("reply", "已于9月16日补发答复。").param("publish", "true")
                .session(admin).with(csrf())).andExpect(flash().attribute("done", "答复草稿已提交监督机关审核，审核通过后发出。"));
        assertThat(page(get("/feedback/baipo")).text()).contains("暂无公开的答复");
        mvc.perform(post("/workspace/feedback/" + id + "/approve").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "只有监督机关可以办理这条投诉"));
        clock.set(LocalDate.of(2025, 9, 17));
        mvc.perform(post("/workspace/feedback/" + id + "/approve").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("done", "答复审核通过，已发出。"));
        assertThat(page(get("/feedback/baipo")).select("article.answer .reply").text()).isEqualTo("答复（2025-09-17）：已于9月16日补发答复。");
    }

    private static org.jsoup.nodes.Element article(Document list, String content) {
        return list.select("article.feedback").stream().filter(a -> a.select(".guide-note").first().text().equals(content))
                .findFirst().orElseThrow(() -> new AssertionError("not in the list: " + content));
    }

    private static long id(Document list, String content, String action) {
        return Long.parseLong(article(list, content).select("form[action$=/" + action + "]").attr("action")
                .replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
