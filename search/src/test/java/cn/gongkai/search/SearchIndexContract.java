package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What search does for the public, whatever the backend: every test here runs on embedded Lucene
 * ({@code SearchIndexTest}) and on a real OpenSearch node (module search-cluster-tests).
 */
public abstract class SearchIndexContract {

    protected SearchIndex index;

    /** Where the index of this run lives. */
    protected abstract SearchSettings settings();

    @BeforeEach
    void open() {
        index = SearchIndex.open(settings());
        index.clear();
    }

    @AfterEach
    void close() {
        index.close();
    }

    protected static ItemDocument doc(long id, long organ, String kind, String title, String body, String attachments,
            LocalDate on) {
        return new ItemDocument(id, organ, "organ-" + organ, "机关" + organ, "IDX-" + id, kind, null, title, body,
                attachments, on);
    }

    protected static final LocalDate D = LocalDate.of(2025, 3, 10);

    @Test
    void twoWordQueryNeedsBothWordsAndPutsTheTitleMatchFirst() {
        index.put(doc(1, 11, "WORK_NEWS", "关于开展森林防火工作的通知", "各村要做好森林防火信息报送工作。", "", D));
        index.put(doc(2, 11, "WORK_NEWS", "丙谷镇召开安全生产会议", "会议要求依法公开生产安全事故信息。", "", D.plusDays(5)));
        index.put(doc(3, 11, "ANNUAL_REPORT", "普威镇2024年政府信息公开工作年度报告", "本报告由普威镇人民政府编制。", "", D));

        List<Long> ids = ids(index.search(SearchQuery.of("信息公开")));

        // 1 has 信息 but not 公开; 3 has both in its title and so comes before 2, which has them in its body
        // (and is newer, which must not matter against a title match).
        assertThat(ids).containsExactly(3L, 2L);
    }

    @Test
    void wordsAreSegmentedNotSingleCharacters() {
        index.put(doc(1, 11, "WORK_NEWS", "公路开通仪式", "新建公路今日开通。", "", D));
        index.put(doc(2, 11, "WORK_NEWS", "政务公开专栏上线", "专栏上线。", "", D));

        // 公路开通 holds the characters 公 and 开, but not the word 公开.
        assertThat(ids(index.search(SearchQuery.of("公开")))).containsExactly(2L);
    }

    @Test
    void matchesAreMarkedAndTheTextEscaped() {
        index.put(doc(1, 11, "WORK_NEWS", "<script>alert(1)</script>村务公开工作更新", "依法公开内容见附件 & 说明。", "", D));

        SearchHit hit = index.search(SearchQuery.of("公开")).hits().getFirst();

        assertThat(hit.titleHtml()).contains("<mark>公开</mark>").contains("&lt;script&gt;").doesNotContain("<script");
        // Lucene's HTML encoder also escapes the slash; a browser shows the title exactly as written.
        assertThat(hit.titleHtml().replaceAll("</?mark>", "")).isEqualTo(
                "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;村务公开工作更新");
        assertThat(hit.snippetHtml()).contains("<mark>公开</mark>").contains("&amp;");
        assertThat(hit.snippetFromAttachment()).isFalse();
    }

    @Test
    void attachmentTextIsSearchedAndTheSnippetSaysSo() {
        index.put(doc(1, 11, "NOTICE", "关于签订年度责任状的通知", "详见附件。", "森林草原防灭火目标责任书 甲方：白坡彝族乡人民政府", D));

        SearchPage page = index.search(SearchQuery.of("防灭火"));

        assertThat(ids(page)).containsExactly(1L);
        assertThat(page.hits().getFirst().snippetFromAttachment()).isTrue();
        assertThat(page.hits().getFirst().snippetHtml()).contains("<mark>");
    }

    @Test
    void filtersByOrganKindAndDate() {
        index.put(doc(1, 11, "NOTICE", "防汛工作通知", "防汛", "", LocalDate.of(2024, 6, 1)));
        index.put(doc(2, 12, "NOTICE", "防汛工作通知", "防汛", "", LocalDate.of(2025, 6, 1)));
        index.put(doc(3, 12, "WORK_NEWS", "防汛工作动态", "防汛", "", LocalDate.of(2025, 7, 1)));

        assertThat(ids(index.search(new SearchQuery("防汛", 12L, null, null, null, 1, 10)))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(index.search(new SearchQuery("防汛", null, "NOTICE", null, null, 1, 10)))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(index.search(new SearchQuery("防汛", null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 1, 10))))
                .containsExactly(2L);
        // No words: everything that passes the filters, newest first.
        assertThat(ids(index.search(new SearchQuery("", 12L, null, null, null, 1, 10)))).containsExactly(3L, 2L);
    }

    @Test
    void aCorrectionReplacesTheOldTextAndAWithdrawalRemovesTheItem() {
        index.put(doc(1, 11, "NOTICE", "关于停水的通知", "停水", "", D));
        index.put(doc(1, 11, "NOTICE", "关于停电的通知", "停电", "", D));

        assertThat(ids(index.search(SearchQuery.of("停水")))).isEmpty();
        assertThat(ids(index.search(SearchQuery.of("停电")))).containsExactly(1L);

        index.remove(1);
        assertThat(ids(index.search(SearchQuery.of("停电")))).isEmpty();
        assertThat(index.count()).isZero();
    }

    @Test
    void pagesThroughManyResults() {
        List<ItemDocument> docs = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            docs.add(doc(i, 11, "WORK_NEWS", "乡村振兴工作简报第" + i + "期", "乡村振兴", "", D.plusDays(i)));
        }
        index.putAll(docs);

        SearchPage third = index.search(new SearchQuery("乡村振兴", null, null, null, null, 3, 10));

        assertThat(third.total()).isEqualTo(25);
        assertThat(third.exact()).isTrue();
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hits()).hasSize(5);
    }

    @Test
    void costlyOperatorsAreLimited() {
        // Edit distances by hand: qingdam is 1 edit from qingdan, qingdzz 2 (a→z, n→z).
        index.put(doc(1, 11, "NOTICE", "通知一", "alpha beta gamma qingdan", "", D));
        index.put(doc(2, 11, "NOTICE", "通知二", "alpha beta gamma qingdam", "", D));
        index.put(doc(3, 11, "NOTICE", "通知三", "alpha beta gamma qingdzz", "", D));

        assertThat(ids(index.search(SearchQuery.of("qingdan~1")))).containsExactlyInAnyOrder(1L, 2L);
        // Distance 2 is searched as 1: qingdzz is not found.
        assertThat(ids(index.search(SearchQuery.of("qingdan~2")))).containsExactlyInAnyOrder(1L, 2L);
        // The fourth operator is a plain word: only the exact qingdan.
        assertThat(ids(index.search(SearchQuery.of("alpha~1 beta~1 gamma~1 qingdan~1")))).containsExactly(1L);
        assertThat(ids(index.search(SearchQuery.of("qingd*")))).containsExactlyInAnyOrder(1L, 2L, 3L);
        // A one-letter prefix and a leading wildcard are plain words (no word q, none ingdan).
        assertThat(ids(index.search(SearchQuery.of("q*")))).isEmpty();
        assertThat(ids(index.search(SearchQuery.of("*ingdan")))).isEmpty();
        // 25 fuzzy terms are answered (3 of them fuzzy), not refused with an exception.
        assertThat(ids(index.search(SearchQuery.of("a~2 ".repeat(25).strip())))).isEmpty();
    }

    protected static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::itemId).toList();
    }
}
