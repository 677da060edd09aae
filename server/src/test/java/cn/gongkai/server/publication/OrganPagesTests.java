package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** What administrators edit besides items: the guide, the word lists; and the overdue list. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:organ-pages-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class OrganPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationService service;

    @Autowired
    TextCheck textCheck;

    @Test
    void theAdministratorsGuideEditShowsOnThePortalAtOnce() throws Exception {
        assertThat(page("/portal/gaoping/guide").text()).doesNotContain("补充说明"); // now in the page cache
        MockHttpSession admin = login("gaoping.admin");
        mvc.perform(post("/workspace/guide").param("officeName", "高平镇党政办公室").param("phone", "0812-8100000")
                .param("guideNote", "申请可当面、信函或网上提交。\n依申请公开不收取费用，但超出数量的按规定收费。").session(admin)
                .with(csrf())).andExpect(flash().attribute("done", "政府信息公开指南已更新，门户即时显示。"));

        Document guide = page("/portal/gaoping/guide");
        assertThat(guide.select("h2").eachText()).contains("五、补充说明");
        assertThat(guide.select(".guide-note").text()).startsWith("申请可当面、信函或网上提交。");
        assertThat(guide.select("table.metadata").text()).contains("0812-8100000").contains("高平镇党政办公室");

        mvc.perform(post("/workspace/guide").param("officeName", " ").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "请填写政府信息公开工作机构名称"));
        mvc.perform(post("/workspace/guide").param("officeName", "x").session(login("gaoping.drafter")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCountySupervisorsWordListIsUsedByTheNextCheck() throws Exception {
        ItemContent draft = new ItemContent("关于核对银行帐户的通知", ItemKind.NOTICE, null, null, null, "<p>请核对帐户。</p>");
        assertThat(textCheck.check(draft)).noneMatch(f -> f.found().equals("帐户"));

        MockHttpSession supervisor = login("county.supervisor");
        mvc.perform(post("/workspace/word-lists").param("kind", "MISTAKE").param("word", "帐户").param("suggestion", "账户")
                .session(supervisor).with(csrf())).andExpect(flash().attribute("done", "已加入“帐户”，此后提交审核的信息都会检查。"));
        mvc.perform(post("/workspace/word-lists").param("kind", "MISTAKE").param("word", "帐户").param("suggestion", "账户")
                .session(supervisor).with(csrf())).andExpect(flash().attribute("problem", "“帐户”已在词表中"));
        mvc.perform(post("/workspace/word-lists").param("kind", "MISTAKE").param("word", "帐号").session(supervisor)
                .with(csrf())).andExpect(flash().attribute("problem", "易错字词须填写与原词不同的正确写法"));

        assertThat(textCheck.check(draft)).filteredOn(f -> f.found().equals("帐户")).hasSize(2)
                .allSatisfy(f -> assertThat(f.suggestion()).isEqualTo("账户"));

        mvc.perform(post("/workspace/word-lists").param("kind", "SENSITIVE").param("word", "x")
                .session(login("puwei.admin")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anUnpublishedStatutoryItemPastItsDeadlineIsListedForItsOrganAndTheSupervisor() throws Exception {
        StaffUser drafter = new StaffUser(0, "xiaopu.drafter", "xiaopu.drafter", 14, EnumSet.of(Role.DRAFTER), "", true, false);
        // Written 2 Jan 2025: 20 working days (春节 28 Jan – 4 Feb off, Sunday 26 Jan worked) end on 6 Feb 2025.
        service.create(drafter, new ItemContent("小铺镇2025年财政预算公开", ItemKind.STATUTORY, null, LocalDate.of(2025, 1, 2),
                null, "<p>预算</p>"));

        Document own = page("/workspace/overdue", login("xiaopu.drafter"));
        assertThat(own.select("section h2").eachText()).containsExactly("米易县小铺镇人民政府");
        assertThat(own.select("section table caption").text()).isEqualTo("逾期未发布（1 条，请尽快审核发布）");
        assertThat(own.select("section table tbody td").eachText()).containsExactly("小铺镇2025年财政预算公开", "草稿",
                "2025-01-02", "2025-02-06");

        Document county = page("/workspace/overdue", login("county.supervisor"));
        assertThat(county.select("section h2").eachText()).hasSize(8).contains("米易县小铺镇人民政府");
        assertThat(county.text()).contains("小铺镇2025年财政预算公开");
        assertThat(page("/workspace/overdue", login("gaoping.drafter")).text()).doesNotContain("小铺镇2025年财政预算公开");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
