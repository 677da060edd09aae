package cn.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gongkai.search.SearchIndex;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.publication.AttachmentService;
import cn.gongkai.server.publication.Item;
import cn.gongkai.server.publication.ItemContent;
import cn.gongkai.server.publication.ItemKind;
import cn.gongkai.server.publication.PublicationService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public search page over what is published: found by Chinese words, title matches first, marked,
 * filtered; drafts never, withdrawals gone at once, corrections replacing the old text, attachments'
 * text searched; the index rebuilt from the database when lost.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:search-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SearchTests {

    private static final long GAOPING = 12;
    private static final long PUWEI = 11;

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationService service;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SearchIndex index;

    @Autowired
    ItemIndexer indexer;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void findsPublishedItemsByTwoChineseWordsWithTitleMatchesFirst() throws Exception {
        long body = publish("gaoping", GAOPING, "高平镇召开防汛工作会议", "<p>会议强调要依法公开汛情信息。</p>");
        long title = publish("puwei", PUWEI, "普威镇政府信息公开指南（修订）", "<p>本指南说明申请方式。</p>");
        draft("puwei", PUWEI, "普威镇信息公开草稿", "<p>尚未发布的信息公开内容</p>");

        Document page = search("/search?q=信息公开");

        assertThat(page.select(".search-results li .title").eachText())
                .containsSubsequence("普威镇政府信息公开指南（修订）", "高平镇召开防汛工作会议")
                .doesNotContain("普威镇信息公开草稿");
        assertThat(page.select(".search-results li .title mark").eachText()).contains("信息", "公开");
        assertThat(page.select(".search-results a.title").first().attr("href")).startsWith("/portal/puwei/items/puwei-");
        assertThat(title).isNotEqualTo(body);
    }

    @Test
    void filtersByOrgan() throws Exception {
        publish("gaoping", GAOPING, "高平镇秸秆禁烧通告", "<p>秸秆禁烧</p>");
        publish("puwei", PUWEI, "普威镇秸秆禁烧通告", "<p>秸秆禁烧</p>");

        Document page = search("/search?q=秸秆禁烧&organ=gaoping");

        assertThat(page.select(".search-results li .title").eachText()).containsExactly("高平镇秸秆禁烧通告");
        assertThat(page.select("#summary").text()).isEqualTo("找到 1 条信息");
    }

    @Test
    void aWithdrawnItemIsGoneAndACorrectionReplacesTheOldTitle() throws Exception {
        long withdrawn = publish("gaoping", GAOPING, "高平镇停水检修公告", "<p>停水检修</p>");
        service.withdraw(staff("gaoping.admin", GAOPING, Role.ORGAN_ADMIN), withdrawn, "信息有误");
        assertThat(search("/search?q=停水检修").select(".search-results li")).isEmpty();

        long corrected = publish("gaoping", GAOPING, "高平镇停电检修公告", "<p>停电检修</p>");
        StaffUser drafter = staff("gaoping.drafter", GAOPING, Role.DRAFTER);
        service.correct(drafter, corrected);
        service.edit(drafter, corrected, content("高平镇线路检修公告", "<p>线路检修</p>"));
        service.noteCorrection(drafter, corrected, "检修的是线路，不是停电：更正标题和正文。");
        // While the correction is in review the portal still shows the last release, and so does search.
        assertThat(titles("/search?q=停电检修")).containsExactly("高平镇停电检修公告");
        review("gaoping", GAOPING, corrected);
        assertThat(titles("/search?q=停电检修")).isEmpty();
        assertThat(titles("/search?q=线路检修")).containsExactly("高平镇线路检修公告");
    }

    @Test
    void findsWordsThatAreOnlyInAnAttachment() throws Exception {
        StaffUser drafter = staff("puwei.drafter", PUWEI, Role.DRAFTER);
        Item item = service.create(drafter, content("普威镇年度报告附件测试", "<p>全文见附件。</p>"));
        byte[] pdf = SearchTests.class.getResourceAsStream("/base.pdf").readAllBytes();
        attachments.attach(drafter, item.id(), "年度报告.pdf", pdf);
        review("puwei", PUWEI, item.id());

        Document page = search("/search?q=行政复议&organ=puwei");

        assertThat(page.select(".search-results li .title").eachText()).containsExactly("普威镇年度报告附件测试");
        assertThat(page.select(".search-results li .snippet .tag").text()).isEqualTo("附件");
        assertThat(page.select(".search-results li .snippet mark").eachText()).contains("行政", "复议");
    }

    @Test
    void sortsByRelevanceOrByDateWithAControlThatNeedsNoScript() throws Exception {
        // Straight into the index with chosen dates (the review chain publishes everything today): the old
        // item has the words in its title, so it is the more relevant one; the new one only in its body.
        index.put(new cn.gongkai.search.ItemDocument(900_001, GAOPING, "gaoping", "米易县高平镇人民政府", "gaoping-old",
                "WORK_NEWS", null, "高平镇核桃嫁接培训", "培训", "", LocalDate.of(2024, 5, 6)));
        index.put(new cn.gongkai.search.ItemDocument(900_002, GAOPING, "gaoping", "米易县高平镇人民政府", "gaoping-new",
                "WORK_NEWS", null, "高平镇农技服务", "开展核桃嫁接现场指导", "", LocalDate.of(2026, 2, 3)));
        try {
            Document relevance = search("/search?q=核桃嫁接");
            assertThat(relevance.select(".search-results li .title").eachText())
                    .containsExactly("高平镇核桃嫁接培训", "高平镇农技服务");
            assertThat(relevance.select(".sort-links strong[aria-current]").text()).isEqualTo("按相关度");
            // The other order is a plain link (and the form's select): it keeps the words and asks sort=date.
            String byDate = relevance.select(".sort-links a").attr("href");
            assertThat(byDate).contains("sort=date");
            assertThat(relevance.select("select#sort option[selected]").text()).isEqualTo("按相关度");

            Document newest = search(java.net.URLDecoder.decode(byDate, StandardCharsets.UTF_8));
            assertThat(newest.select(".search-results li .title").eachText())
                    .containsExactly("高平镇农技服务", "高平镇核桃嫁接培训");
            assertThat(newest.select(".sort-links strong[aria-current]").text()).isEqualTo("按日期");
            assertThat(newest.select("select#sort option[selected]").attr("value")).isEqualTo("date");
        } finally {
            index.remove(900_001);
            index.remove(900_002);
        }
    }

    @Test
    void aKeptAnswerNeverHidesANewPublication() throws Exception {
        assertThat(titles("/search?q=芒果采摘")).isEmpty(); // asked once: this answer is now kept
        publish("puwei", PUWEI, "普威镇芒果采摘季交通安排", "<p>芒果采摘</p>");
        assertThat(titles("/search?q=芒果采摘")).containsExactly("普威镇芒果采摘季交通安排");
    }

    @Test
    void explainsBadInputInChinese() throws Exception {
        assertThat(search("/search?q=公开&from=2025-13-01").select(".problems").text())
                .contains("起始日期“2025-13-01”不是日期，请写成 2025-01-31 的形式");
        assertThat(search("/search?q=公开&from=2025-06-01&to=2025-01-01").select(".problems").text())
                .contains("起始日期晚于截止日期");
        Document tooLong = search("/search?q=" + "公".repeat(101));
        assertThat(tooLong.select(".problems").text()).contains("检索词不能超过 100 个字");
        assertThat(tooLong.select("#summary")).isEmpty();
        assertThat(search("/search?q=没有这样的词语组合").select("main").text()).contains("没有找到符合条件的信息");
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
        publish("gaoping", GAOPING, "高平镇森林防火责任书签订", "<p>森林防火</p>");
        index.clear();
        assertThat(titles("/search?q=森林防火")).isEmpty();

        long rebuilt = indexer.rebuild();

        assertThat(rebuilt).isEqualTo(index.count());
        assertThat(titles("/search?q=森林防火")).containsExactly("高平镇森林防火责任书签订");
    }

    @Test
    void aChangeTheIndexMissedIsIndexedAtTheNextStartEvenWithTheSameCount() throws Exception {
        long id = publish("gaoping", GAOPING, "高平镇烤烟收购站点公示", "<p>烤烟收购</p>");
        // Cleared once the index has it, on the clearing thread (SearchPending.clear): wait for it, at most 10 s.
        for (int i = 0; i < 100 && jdbc.sql("SELECT count(*) FROM search_pending").query(Long.class).single() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM search_pending").query(Long.class).single())
                .as("cleared once the index has it").isZero();
        // As if the server died between a correction's commit and its index write: the index still has the
        // old title, the count is unchanged, and the change's mark is still in the database.
        index.put(new cn.gongkai.search.ItemDocument(id, GAOPING, "gaoping", "米易县高平镇人民政府", "x", "WORK_NEWS", null,
                "已经过时的标题", "", "", LocalDate.of(2026, 3, 2)));
        jdbc.sql("INSERT INTO search_pending (item_id) VALUES (:id)").param("id", id).update();
        assertThat(titles("/search?q=烤烟收购")).isEmpty();

        indexer.checkAtStart();

        assertThat(titles("/search?q=烤烟收购")).containsExactly("高平镇烤烟收购站点公示");
        assertThat(jdbc.sql("SELECT count(*) FROM search_pending").query(Long.class).single()).isZero();
    }

    @Test
    void manyFuzzyTermsAreAnsweredWithTheLimitSaidInChinese() throws Exception {
        publish("puwei", PUWEI, "普威镇防汛通知", "<p>防汛</p>");

        Document page = Jsoup.parse(mvc.perform(get("/search").param("q", "a~2 ".repeat(25).strip())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        // 25 operators asked, 3 allowed (QueryOperators): 22 searched as plain words, distance 2 searched as 1.
        assertThat(page.select(".problems li").eachText()).contains(
                "模糊检索（~）最多允许相差 1 个字符，已按 1 检索",
                "一次检索最多使用 3 个模糊（~）、邻近（\"…\"~N）或前缀（*）运算，其余 22 个已按普通词检索");
        assertThat(page.select(".search-results li .title").eachText()).isEmpty();
    }

    private long publish(String code, long organ, String title, String body) {
        long id = draft(code, organ, title, body);
        review(code, organ, id);
        return id;
    }

    private long draft(String code, long organ, String title, String body) {
        return service.create(staff(code + ".drafter", organ, Role.DRAFTER), content(title, body)).id();
    }

    private void review(String code, long organ, long id) {
        service.submit(staff(code + ".drafter", organ, Role.DRAFTER), id, "测试");
        service.approve(staff(code + ".reviewer1", organ, Role.FIRST_REVIEWER), id, "不涉密");
        service.approve(staff(code + ".reviewer2", organ, Role.SECOND_REVIEWER), id, "");
        service.approve(staff(code + ".reviewer3", organ, Role.FINAL_REVIEWER), id, "");
    }

    private static ItemContent content(String title, String body) {
        return new ItemContent(title, ItemKind.WORK_NEWS, null, LocalDate.of(2026, 3, 2), null, body);
    }

    private java.util.List<String> titles(String url) throws Exception {
        return search(url).select(".search-results li .title").eachText();
    }

    private Document search(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static StaffUser staff(String username, long organ, Role role) {
        return new StaffUser(0, username, username, organ, EnumSet.of(role), "", true, false);
    }
}
