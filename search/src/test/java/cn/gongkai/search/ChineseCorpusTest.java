package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChineseCorpusTest {

    @Test
    void theSameSeedGivesTheSameItemsAndTheTextLooksLikeAPortals() {
        ItemDocument a = ChineseCorpus.item(7, 12345);
        ItemDocument b = ChineseCorpus.item(7, 12345);
        assertThat(a.title()).isEqualTo(b.title());
        assertThat(a.title()).doesNotContain("%").matches(".*[\\u4e00-\\u9fff]{6,}.*");
        assertThat(ChineseCorpus.item(8, 12345).title()).isNotNull();
    }

    @Test
    void queriesFindItemsInAGeneratedCorpus() {
        try (SearchIndex index = SearchIndex.open(SearchSettings.inMemory())) {
            List<ItemDocument> docs = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                docs.add(ChineseCorpus.item(1, i));
            }
            index.putAll(docs);
            SplittableRandom r = new SplittableRandom(3);
            int withHits = 0;
            for (int i = 0; i < 20; i++) {
                if (index.search(SearchQuery.of(ChineseCorpus.query(r))).total() > 0) {
                    withHits++;
                }
            }
            // 30 topics x 15 objects over 2,000 items: most two-word queries match something, as real ones do.
            assertThat(withHits).isGreaterThan(10);
            assertThat(index.count()).isEqualTo(2000);
        }
    }
}
