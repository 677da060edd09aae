package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search contract on embedded Lucene (in memory), and what only the embedded index does. */
class SearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchSettings settings() {
        return SearchSettings.inMemory();
    }

    @Test
    void anEmbeddedIndexSurvivesARestart(@TempDir Path dir) {
        try (SearchIndex onDisk = SearchIndex.open(SearchSettings.embedded(dir))) {
            onDisk.put(doc(1, 11, "NOTICE", "关于秸秆禁烧的通告", "禁烧", "", D));
        }
        try (SearchIndex reopened = SearchIndex.open(SearchSettings.embedded(dir))) {
            assertThat(ids(reopened.search(SearchQuery.of("秸秆禁烧")))).containsExactly(1L);
        }
    }

    @Test
    void refusesOverlongQueriesWithAChineseMessage() {
        assertThatThrownBy(() -> SearchQuery.of("公".repeat(101))).hasMessage("检索词不能超过 100 个字");
        assertThat(SearchQuery.of("公".repeat(100)).text()).hasSize(100);
    }

}
