package cn.gongkai.search.cluster;

import cn.gongkai.search.SearchIndexContract;
import cn.gongkai.search.SearchSettings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole search contract (the same tests as embedded Lucene) against a real OpenSearch node:
 * the same mapping, analyzer name and queries, chosen by configuration only.
 */
class SearchOnOpenSearchTest extends SearchIndexContract {

    private static OpenSearchNode node;

    @BeforeAll
    static void startNode() {
        node = new OpenSearchNode();
    }

    @AfterAll
    static void stopNode() throws Exception {
        node.close();
    }

    @Override
    protected SearchSettings settings() {
        return SearchSettings.cluster(List.of(node.host()), "http", null, null, null);
    }
}
