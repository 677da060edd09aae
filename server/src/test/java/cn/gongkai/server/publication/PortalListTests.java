package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Portal lists: paging, filters by kind, year and topic, and the RSS feed with its text escaped. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-list-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalListTests {

    private static final long BINGGU = 15;

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationService service;

    @BeforeAll
    void publishTwentyFiveItems() {
        StaffUser drafter = staff("binggu.drafter", Role.DRAFTER);
        for (int i = 1; i <= 25; i++) {
            boolean notice = i > 20;
            Item item = service.create(drafter, new ItemContent(notice ? "丙谷镇通知第" + i + "号 A&B <测试>" : "丙谷镇工作动态第" + i + "期",
                    notice ? ItemKind.NOTICE : ItemKind.WORK_NEWS, null, LocalDate.of(2026, 3, 1),
                    i % 5 == 0 ? "安全生产" : null, notice ? "<p>第一段&amp;说明</p><p>" + "长".repeat(300) + "</p>" : "<p>正文</p>"));
            service.submit(drafter, item.id(), null);
            service.approve(staff("binggu.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
            service.approve(staff("binggu.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
            service.approve(staff("binggu.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
        }
    }

    @Test
    void twentyFiveItemsMakeTwoPages() throws Exception {
        String first = page("/portal/binggu");
        assertThat(first).contains("共 25 条").contains("第 1 / 2 页").contains("下一页");
        assertThat(count(first, "/portal/binggu/items/")).isEqualTo(20);
        String second = page("/portal/binggu?page=2");
        assertThat(count(second, "/portal/binggu/items/")).isEqualTo(5);
        assertThat(second).contains("上一页").doesNotContain("下一页");
    }

    @Test
    void filtersByKindYearAndTopic() throws Exception {
        assertThat(page("/portal/binggu?kind=NOTICE")).contains("共 5 条").doesNotContain("工作动态第");
        assertThat(page("/portal/binggu?topic=安全生产")).contains("共 5 条");
        assertThat(page("/portal/binggu?year=2020")).contains("共 0 条").contains("暂无符合条件的信息");
        assertThat(page("/portal/binggu?year=" + LocalDate.now().getYear())).contains("共 25 条");
    }

    @Test
    void theRssFeedListsTheNewestTwentyAsAFeedReaderSeesThem() throws Exception {
        mvc.perform(get("/portal/binggu/rss.xml"))
                .andExpect(header().string("Content-Type", containsString("application/rss+xml")))
                .andExpect(content().string(not(containsString("A&B <测试>"))));
        org.w3c.dom.Document feed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(page("/portal/binggu/rss.xml")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.w3c.dom.NodeList items = feed.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(20);
        org.w3c.dom.Element newest = (org.w3c.dom.Element) items.item(0);
        assertThat(newest.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("丙谷镇通知第25号 A&B <测试>");
        assertThat(newest.getElementsByTagName("category").item(0).getTextContent()).isEqualTo("通知公告");
        // The body as a reader's plain-text preview: the tags gone, &amp; read as &, the two paragraphs joined by
        // a space, cut after 200 characters: "第一段&说明 " is 7 of them, so 193 of the 300 长 follow, then "…".
        assertThat(newest.getElementsByTagName("description").item(0).getTextContent())
                .isEqualTo("第一段&说明 " + "长".repeat(193) + "…");
        org.w3c.dom.Element guid = (org.w3c.dom.Element) newest.getElementsByTagName("guid").item(0);
        // Not an address (one guid per published version), so readers are told not to open it as one.
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
        assertThat(guid.getTextContent()).endsWith("-v1");
        String date = newest.getElementsByTagName("pubDate").item(0).getTextContent();
        assertThat(java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate())
                .isEqualTo(LocalDate.now());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, BINGGU, EnumSet.of(role), "", true, false);
    }
}
