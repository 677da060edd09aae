package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.ledger.LedgerEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The publishing flow through the pages, with the demo county: a 普威镇 drafter writes, the three
 * reviewers of the township's chain approve (the first with the confidentiality review), the item
 * appears on the public portal with its metadata; returns, refusals and the ledger along the way.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:publishing-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class PublishingFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Ledger ledger;

    @Test
    void draftReviewedInThreeStepsAppearsOnThePortal() throws Exception {
        MockHttpSession drafter = login("puwei.drafter");
        long id = create(drafter, "普威镇召开2026年安全生产工作会议", "<p>会议部署了全年安全生产工作。</p><script>alert(1)</script>");
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "已提交审核。"));

        // The second-step reviewer cannot act on step 1.
        mvc.perform(post("/workspace/items/" + id + "/approve").session(login("puwei.reviewer2")).with(csrf()))
                .andExpect(flash().attribute("problem", "这一步由初审审核，您没有该角色"));
        // Step 1 needs the confidentiality review.
        MockHttpSession first = login("puwei.reviewer1");
        mvc.perform(post("/workspace/items/" + id + "/approve").session(first).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("保密审查结论")));
        mvc.perform(post("/workspace/items/" + id + "/approve").param("confidentiality", "经审查不涉及国家秘密，可以公开")
                .session(first).with(csrf())).andExpect(flash().attribute("done", "审核通过。"));
        mvc.perform(post("/workspace/items/" + id + "/approve").session(login("puwei.reviewer2")).with(csrf()))
                .andExpect(flash().attribute("done", "审核通过。"));
        mvc.perform(get("/portal/puwei")).andExpect(content().string(not(containsString("安全生产工作会议"))));
        mvc.perform(post("/workspace/items/" + id + "/approve").session(login("puwei.reviewer3")).with(csrf()))
                .andExpect(flash().attribute("done", "审核通过。"));

        String list = mvc.perform(get("/portal/puwei")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher link = Pattern.compile("/portal/puwei/items/(puwei-\\d{4}-\\d{5})").matcher(list);
        assertThat(link.find()).as("a published item is listed with its index number").isTrue();
        mvc.perform(get("/portal/puwei/items/" + link.group(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("普威镇召开2026年安全生产工作会议")))
                .andExpect(content().string(containsString("<th id=\"meta-index\">索引号</th><td headers=\"meta-index\">" + link.group(1))))
                .andExpect(content().string(containsString("米易县普威镇人民政府")))
                .andExpect(content().string(containsString("<p>会议部署了全年安全生产工作。</p>")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));

        assertThat(ledger.forSubject("item", Long.toString(id))).extracting(LedgerEntry::action)
                .containsExactly("create", "submit", "approve", "approve", "publish");
        mvc.perform(get("/workspace/items/" + id).session(drafter))
                .andExpect(content().string(containsString("保密审查：经审查不涉及国家秘密，可以公开")))
                .andExpect(content().string(containsString("<td>puwei.reviewer3</td>")))
                .andExpect(content().string(containsString("<td>发布</td>")));

        // Public pages carry an ETag; asking again with it gives 304 and no body.
        var portal = mvc.perform(get("/portal/puwei")).andReturn().getResponse();
        String etag = portal.getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/portal/puwei").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void aReturnedDraftShowsTheCommentAndCanBeResubmitted() throws Exception {
        MockHttpSession drafter = login("gaoping.drafter");
        long id = create(drafter, "高平镇通知", "<p>初稿</p>");
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()));
        MockHttpSession reviewer = login("gaoping.reviewer1");
        mvc.perform(post("/workspace/items/" + id + "/return").param("comment", "请补充会议时间和地点").session(reviewer)
                .with(csrf())).andExpect(flash().attribute("done", "已退回撰稿人。"));
        mvc.perform(get("/workspace/items/" + id).session(drafter)).andExpect(content().string(containsString("已退回")))
                .andExpect(content().string(containsString("退回意见：<span>请补充会议时间和地点</span>")));
        mvc.perform(post("/workspace/items/" + id).param("title", "高平镇通知（修订）").param("kind", "NOTICE")
                .param("body", "<p>时间：3月1日；地点：镇政府会议室</p>").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "草稿已保存。"));
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "已提交审核。"));
    }

    @Test
    void anotherOrgansStaffCannotSeeOrTouchTheDraft() throws Exception {
        long id = create(login("baipo.drafter"), "白坡彝族乡草稿", "<p>内部草稿</p>");
        MockHttpSession stranger = login("xiaopu.drafter");
        mvc.perform(get("/workspace/items/" + id).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/workspace/items/" + id + "/submit").session(stranger).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/workspace/items/" + id).param("title", "篡改").session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspace/items").session(stranger)).andExpect(content().string(not(containsString("白坡彝族乡草稿"))));
        // The county supervisor may read it but not act for the township.
        MockHttpSession supervisor = login("county.supervisor");
        mvc.perform(get("/workspace/items/" + id).session(supervisor)).andExpect(status().isOk());
        mvc.perform(post("/workspace/items/" + id + "/submit").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("problem", "只有本机关撰稿人可以提交审核"));
    }

    @Test
    void eachRoleDoesOnlyItsPart() throws Exception {
        mvc.perform(post("/workspace/items").param("title", "审核人不能新建").param("kind", "NOTICE").param("body", "x")
                .session(login("binggu.reviewer1")).with(csrf())).andExpect(content().string(containsString("只有撰稿人可以新建信息")));
        long id = create(login("binggu.drafter"), "丙谷镇信息", "<p>正文</p>");
        mvc.perform(post("/workspace/items/" + id + "/approve").session(login("binggu.drafter")).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("不在审核中")));
        mvc.perform(post("/workspace/items/" + id + "/withdraw").param("reason", "x").session(login("binggu.drafter"))
                .with(csrf())).andExpect(flash().attribute("problem", "只有本机关管理员可以撤回已发布的信息"));
    }

    @Test
    void statutoryItemsShowTheirArticle26DeadlineAndWhenItIsOverdue() throws Exception {
        MockHttpSession drafter = login("miyi-justice.drafter");
        // Written 2025-09-26: 9月28日（周日）上班 is day 1, 国庆中秋 10月1日–8日 off, 10月11日（周六）上班; day 20 is 10月30日.
        String location = mvc.perform(post("/workspace/items").param("title", "关于调整法律援助补贴标准的通知")
                        .param("kind", "STATUTORY").param("writtenOn", "2025-09-26").param("body", "<p>正文</p>")
                        .session(drafter).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(drafter))
                .andExpect(content().string(containsString("期限为 <strong>2025-10-30</strong>")))
                .andExpect(content().string(containsString("已逾期")));
        mvc.perform(get("/workspace/items").session(drafter))
                .andExpect(content().string(containsString("2025-10-30 已逾期")));
        // Work news has no statutory deadline.
        long news = create(drafter, "司法局工作动态", "<p>x</p>");
        mvc.perform(get("/workspace/items/" + news).session(drafter))
                .andExpect(content().string(not(containsString("第二十六条"))));
    }

    @Test
    void theTextCheckShowsFindingsInPlaceAndNeedsAReasonToGoAhead() throws Exception {
        MockHttpSession drafter = login("xiaopu.drafter");
        long id = create(drafter, "小铺镇既使困难也要完成任务",
                "<p>本文件为内部资料。联系人张三，电话13812345678，身份证号510421198001011234。</p>");
        mvc.perform(get("/workspace/items/" + id).session(drafter))
                .andExpect(content().string(containsString("文字检查：发现 <span>4</span> 处问题")))
                .andExpect(content().string(containsString("<mark>既使</mark>")))
                .andExpect(content().string(containsString("建议改为“即使”")))
                .andExpect(content().string(containsString("<mark>内部资料</mark>")))
                .andExpect(content().string(containsString("<mark>13812345678</mark>")))
                .andExpect(content().string(containsString("疑似个人信息（身份证号码）")));
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("文字检查发现 4 处问题")));
        mvc.perform(post("/workspace/items/" + id + "/submit").param("overrideReason", "经核实为公开的工作电话，已征得本人同意")
                .session(drafter).with(csrf())).andExpect(flash().attribute("done", "已提交审核。"));
        assertThat(ledger.forSubject("item", Long.toString(id))).extracting(LedgerEntry::action)
                .contains("text-check-override");
        assertThat(ledger.forSubject("item", Long.toString(id))).filteredOn(e -> e.action().equals("text-check-override"))
                .singleElement().satisfies(e -> assertThat(e.after()).contains("经核实为公开的工作电话"));
    }

    @Test
    void cleanTextHasNoFindings() throws Exception {
        MockHttpSession drafter = login("xiaopu.drafter");
        long id = create(drafter, "小铺镇召开村级换届工作会", "<p>会议要求即使任务繁重也要按时完成。</p>");
        mvc.perform(get("/workspace/items/" + id).session(drafter))
                .andExpect(content().string(not(containsString("文字检查"))));
    }

    @Autowired
    Items items;

    @Test
    void aCorrectionGoesThroughTheChainWhileThePortalKeepsTheReleasedVersion() throws Exception {
        MockHttpSession drafter = login("miyi-education.drafter");
        long id = create(drafter, "2026年秋季学期开学通知", "<p>9月1日开学。</p>");
        publishThroughChain(drafter, id, "miyi-education");
        String index = items.byId(id).orElseThrow().indexNumber();
        String page = "/portal/miyi-education/items/" + index;
        mvc.perform(get(page)).andExpect(content().string(containsString("9月1日开学。")));

        mvc.perform(post("/workspace/items/" + id + "/correct").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", containsString("已发起更正")));
        mvc.perform(post("/workspace/items/" + id).param("title", "2026年秋季学期开学通知").param("kind", "NOTICE")
                .param("body", "<p>更正：8月31日报到，9月1日开学。</p>").session(drafter).with(csrf()));
        // A correction says what it corrects before it goes to review (issue 16: 更正说明).
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("更正说明")));
        mvc.perform(post("/workspace/items/" + id + "/correction-note").param("note", "补充8月31日报到").session(drafter)
                .with(csrf())).andExpect(flash().attribute("done", "更正说明已保存。"));
        // Under review, the public still sees version 1.
        mvc.perform(get(page)).andExpect(content().string(containsString("<p>9月1日开学。</p>")))
                .andExpect(content().string(not(containsString("8月31日报到"))));
        publishThroughChain(drafter, id, "miyi-education");
        mvc.perform(get(page)).andExpect(content().string(containsString("8月31日报到")))
                .andExpect(content().string(containsString("更正（第 2 版）")))
                .andExpect(content().string(containsString("更正说明：补充8月31日报到")));
        assertThat(items.releaseCount(id)).as("the first version is kept").isEqualTo(2);
        assertThat(items.byId(id).orElseThrow().indexNumber()).as("the index number is stable").isEqualTo(index);
        // Another organ's portal does not serve it, even one whose code is a prefix of this one's.
        mvc.perform(get("/portal/miyi/items/" + index)).andExpect(status().isNotFound());
    }

    @Test
    void aPlainTextBodyKeepsItsParagraphsAndTheEditorShowsCharacters() throws Exception {
        // Seven non-empty lines as pasted from WPS, with a blank line and a full-width indent between:
        // counted by hand, seven paragraphs on the portal.
        String body = "各村（社区）：\n\u3000\u3000为做好冬季防火工作，现将有关事项通知如下。\n\n一、加强巡查。\n"
                + "二、清理隐患。\n三、落实值班。\n联系电话：0812-8172345\n米易县教育局";
        MockHttpSession drafter = login("miyi-education.drafter");
        long id = create(drafter, "关于做好冬季防火工作的通知", body);

        String editor = mvc.perform(get("/workspace/items/" + id).session(drafter)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String textarea = editor.substring(editor.indexOf("<textarea id=\"body\""), editor.indexOf("</textarea>"));
        assertThat(textarea).contains("各村（社区）：").contains("二、清理隐患。").doesNotContain("&#x").doesNotContain("&lt;p");
        assertThat(editor).doesNotContain("可使用段落、列表、表格");

        publishThroughChain(drafter, id, "miyi-education");
        String page = mvc.perform(get("/portal/miyi-education/items/" + items.byId(id).orElseThrow().indexNumber()))
                .andReturn().getResponse().getContentAsString();
        String article = page.substring(page.indexOf("<article class=\"body\""), page.indexOf("</article>"));
        assertThat(article.split("<p>", -1)).as("seven paragraphs").hasSize(8);
        assertThat(article).contains("<p>各村（社区）：</p>").contains("<p>米易县教育局</p>").doesNotContain("&#x");
    }

    @Test
    void markupStaysEscapedWhileChineseComesBackAsCharacters() {
        // Worked out by hand: the sanitizer drops the script, keeps the paragraph; "<" and "&" typed as
        // text stay escaped, Chinese and full-width punctuation are characters again.
        assertThat(BodySanitizer.sanitize("<p>甲 &lt; 乙 &amp; 丙（注）</p><script>alert(1)</script>"))
                .isEqualTo("<p>甲 &lt; 乙 &amp; 丙（注）</p>");
        // Plain text with a "<" that is no tag is still plain text and stays escaped.
        assertThat(BodySanitizer.sanitize("温度<5度时停课\n\"安全\"第一")).isEqualTo("<p>温度&lt;5度时停课</p>\n<p>&#34;安全&#34;第一</p>\n");
    }

    /** Submits and approves through the two-step chain of the county's departments. */
    private void publishThroughChain(MockHttpSession drafter, long id, String organ) throws Exception {
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "已提交审核。"));
        mvc.perform(post("/workspace/items/" + id + "/approve").param("confidentiality", "不涉密，可以公开")
                .session(login(organ + ".reviewer1")).with(csrf())).andExpect(flash().attribute("done", "审核通过。"));
        mvc.perform(post("/workspace/items/" + id + "/approve").session(login(organ + ".reviewer3")).with(csrf()))
                .andExpect(flash().attribute("done", "审核通过。"));
    }

    private long create(MockHttpSession session, String title, String body) throws Exception {
        String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "WORK_NEWS")
                        .param("body", body).param("writtenOn", "2026-03-01").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
