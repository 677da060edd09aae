package cn.gongkai.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organ administrator keeps the catalog; the portal shows it with the 未涉及领域说明. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:catalog-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class CatalogTests {

    private static final String DEMO = "Gongkai-Demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Ledger ledger;

    @Test
    void anEntryAddedByTheAdministratorIsOnThePortalWithItsColumns() throws Exception {
        MockHttpSession admin = login("miyi-education.admin");
        mvc.perform(post("/workspace/catalog/areas").param("area", "budgets", "disaster-relief").session(admin).with(csrf()))
                .andExpect(flash().attribute("done", "已保存本机关涉及的领域。"));
        mvc.perform(entry(admin, "disaster-relief").param("firstLevel", "救灾款物管理").param("secondLevel", "款物发放")
                .param("channel", "政府网站", "入户/现场").param("level", "村级", "乡级"))
                .andExpect(flash().attribute("done", "已添加公开事项。"));
        mvc.perform(post("/workspace/catalog/note").param("note", "本局不涉及户籍管理，由县公安局公开。").session(admin).with(csrf()))
                .andExpect(flash().attribute("done", "已保存未涉及领域说明。"));

        Document portal = page("/portal/miyi-education/statutory");

        Element table = portal.selectFirst("table.catalog:has(caption:contains(救灾领域公开事项))");
        assertThat(table).isNotNull();
        assertThat(table.select("tbody tr").first().select("td").stream().map(Element::text).toList()).containsExactly("1", "救灾款物管理", "款物发放",
                "", "", "信息形成或者变更之日起20个工作日内", "米易县教育和体育局", "政府网站、入户/现场", "全社会", "主动",
                "乡级、村级", "");
        String notCovered = portal.select("#not-covered").text();
        assertThat(notCovered).contains("本局不涉及户籍管理，由县公安局公开。").contains("户籍管理").contains("税收管理")
                .doesNotContain("救灾、").doesNotContain("财政预决算");
        assertThat(ledger.latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("catalog-entry-add");
            assertThat(e.actor()).isEqualTo("miyi-education.admin");
        });
    }

    @Test
    void mistakesAreExplainedAndNothingIsLost() throws Exception {
        MockHttpSession admin = login("miyi-justice.admin");
        mvc.perform(post("/workspace/catalog/areas").param("area", "employment").session(admin).with(csrf()));
        mvc.perform(entry(admin, "taxation").param("firstLevel", "税收")).andExpect(flash().attribute("problem",
                "请先在“本机关涉及的领域”中选中该领域，再添加公开事项"));
        mvc.perform(entry(admin, "employment").param("firstLevel", "就业服务").param("timeLimitDays", "二十"))
                .andExpect(flash().attribute("problem", "公开时限的工作日数应是整数，例如 20"));
        mvc.perform(post("/workspace/catalog/entries").param("areaCode", "employment").param("firstLevel", "就业服务")
                .param("timeLimit", "及时公开").param("subject", "米易县司法局").param("audience", "全社会")
                .param("mode", "主动").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "请至少选择一项公开渠道和载体"));
        mvc.perform(entry(admin, "employment").param("firstLevel", "就业服务").param("channel", "政府网站"))
                .andExpect(flash().attribute("done", "已添加公开事项。"));
        // Unticking an area that still has entries would hide them: refused.
        mvc.perform(post("/workspace/catalog/areas").param("area", "budgets").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "领域“就业”下还有 1 个公开事项，请先删除这些事项再取消该领域"));
        assertThat(page("/portal/miyi-justice/statutory").select("caption").eachText()).contains("就业领域公开事项");
    }

    @Test
    void onlyTheOrgansAdministratorChangesItsCatalog() throws Exception {
        MockHttpSession drafter = login("puwei.drafter");
        mvc.perform(get("/workspace/catalog").session(drafter)).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/catalog/note").param("note", "x").session(drafter).with(csrf()))
                .andExpect(status().isForbidden());
        // The demo catalog of 普威镇 has entries; another township's administrator cannot delete them.
        Document puwei = page("/portal/puwei/statutory");
        assertThat(puwei.select("table.catalog tbody tr")).hasSize(2);
        MockHttpSession gaoping = login("gaoping.admin");
        for (long id = 1; id <= 20; id++) {
            mvc.perform(post("/workspace/catalog/entries/" + id + "/delete").session(gaoping).with(csrf()));
        }
        assertThat(page("/portal/puwei/statutory").select("table.catalog tbody tr")).hasSize(2);
        assertThat(page("/portal/gaoping/statutory").select("table.catalog tbody tr")).isEmpty();
    }

    @Test
    void anItemFiledUnderAnEntryIsListedInThatRowOfThePortalCatalog() throws Exception {
        // 丙谷镇's demo catalog: its 最低生活保障 entry.
        Document form = page("/workspace/items/new", login("binggu.drafter"));
        String entryId = form.select("#catalogEntry option").stream().filter(o -> o.text().startsWith("社会救助：最低生活保障"))
                .findFirst().orElseThrow().attr("value");
        MockHttpSession drafter = login("binggu.drafter");
        String itemUrl = mvc.perform(post("/workspace/items").session(drafter).with(csrf()).param("title", "丙谷镇2026年第三季度低保审核确认结果公示")
                .param("kind", "STATUTORY").param("catalogEntry", entryId).param("writtenOn", "2026-10-08").param("body", "<p>名单</p>"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(itemUrl.substring(itemUrl.lastIndexOf('/') + 1));
        assertThat(page(itemUrl, drafter).select("#catalogEntry option[selected]").text()).startsWith("社会救助：最低生活保障");
        publish(id);

        Document portal = page("/portal/binggu/statutory");
        org.jsoup.nodes.Element row = portal.select("table.catalog tbody tr:has(td:contains(最低生活保障))").first();
        assertThat(row.select("td.linked a").eachText()).containsExactly("丙谷镇2026年第三季度低保审核确认结果公示");
        // An entry with items cannot be deleted: they would lose their place.
        mvc.perform(post("/workspace/catalog/entries/" + entryId + "/delete").session(login("binggu.admin")).with(csrf()))
                .andExpect(flash().attribute("problem", "公开事项“最低生活保障”下已有 1 条信息，请先把这些信息改归其他事项再删除"));
        // Another organ's entry is refused.
        mvc.perform(post("/workspace/items").session(login("puwei.drafter")).with(csrf()).param("title", "x").param("kind", "STATUTORY")
                .param("catalogEntry", entryId).param("body", "<p>x</p>"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("所选公开事项不属于本机关的公开目录，请重新选择")));
    }

    @Autowired
    cn.gongkai.server.publication.PublicationService publication;

    private void publish(long id) {
        publication.submit(staff("binggu.drafter", cn.gongkai.server.accounts.Role.DRAFTER), id, "测试");
        publication.approve(staff("binggu.reviewer1", cn.gongkai.server.accounts.Role.FIRST_REVIEWER), id, "不涉密");
        publication.approve(staff("binggu.reviewer2", cn.gongkai.server.accounts.Role.SECOND_REVIEWER), id, "");
        publication.approve(staff("binggu.reviewer3", cn.gongkai.server.accounts.Role.FINAL_REVIEWER), id, "");
    }

    private static cn.gongkai.server.accounts.StaffUser staff(String name, cn.gongkai.server.accounts.Role role) {
        return new cn.gongkai.server.accounts.StaffUser(0, name, name, 15, java.util.EnumSet.of(role), "", true, false);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder entry(MockHttpSession admin, String area) {
        return post("/workspace/catalog/entries").param("areaCode", area).param("timeLimit", "信息形成或者变更之日起20个工作日内")
                .param("timeLimitDays", "20").param("subject", "米易县教育和体育局").param("audience", "全社会")
                .param("mode", "主动").session(admin).with(csrf());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
