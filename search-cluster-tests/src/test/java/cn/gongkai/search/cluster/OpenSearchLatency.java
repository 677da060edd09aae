package cn.gongkai.search.cluster;

import cn.gongkai.search.ChineseCorpus;
import cn.gongkai.search.ItemDocument;
import cn.gongkai.search.SearchIndex;
import cn.gongkai.search.SearchQuery;
import cn.gongkai.search.SearchSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code scripts/bench opensearch [N]} (docs/benchmarks.md): search latency on a real OpenSearch node (in
 * this JVM, loopback) over N items of the same generated corpus and the same queries as the embedded
 * SearchBenchmark: two-word queries (topic + object), first page of 10 with highlights, one thread, against
 * the reference in the same run (one organ's newest ten, no words). Measures, asserts nothing; skipped
 * unless {@code -Dgongkai.bench.items=N} is given.
 */
@EnabledIfSystemProperty(named = "gongkai.bench.items", matches = "\\d+")
class OpenSearchLatency {

    @Test
    void measure() throws Exception {
        int items = Integer.getInteger("gongkai.bench.items");
        int samples = Integer.getInteger("gongkai.bench.samples", 2_000);
        try (OpenSearchNode node = new OpenSearchNode();
                SearchIndex index = SearchIndex.open(SearchSettings.cluster(List.of(node.host()), "http", null, null, null))) {
            // measured at 100k and 1M on the way (when N is larger) and at N, from one index built in batches of 1,000
            // (5,000 per bulk request timed out at 30 s on the loaded 2-core machine)
            long start = System.nanoTime();
            List<ItemDocument> batch = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(11);
            for (int n = 0; n < items; n++) {
                batch.add(ChineseCorpus.item(1, n));
                if (batch.size() == 1_000) {
                    index.putAll(batch);
                    batch.clear();
                }
                if ((n + 1) % 100_000 == 0 || n + 1 == items) {
                    index.putAll(batch);
                    batch.clear();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("[bench] OpenSearch: %d items indexed after %.0f s (%.0f items/s)%n", n + 1, seconds,
                            (n + 1) / seconds);
                    if (n + 1 == 100_000 || n + 1 == 1_000_000 || n + 1 == items) {
                        long m0 = System.nanoTime();
                        measure(index, n + 1, random, samples);
                        start += System.nanoTime() - m0; // the indexing rate leaves the measuring out
                    }
                }
            }
        }
    }

    private static void measure(SearchIndex index, int items, SplittableRandom random, int samples) {
        long organ = 0;
        for (long end = System.nanoTime() + 20_000_000_000L; System.nanoTime() < end; ) { // 20 s warm-up
            index.search(new SearchQuery(ChineseCorpus.query(random), null, null, null, null, 1, 10));
            organ = 100 + (organ + 1) % 20;
            index.search(new SearchQuery("", organ, null, null, null, 1, 10));
        }
        long[] words = new long[samples];
        long[] reference = new long[samples];
        for (int i = 0; i < samples; i++) { // alternating, so both see the same machine
            long t0 = System.nanoTime();
            index.search(new SearchQuery(ChineseCorpus.query(random), null, null, null, null, 1, 10));
            long t1 = System.nanoTime();
            organ = 100 + (organ + 1) % 20;
            index.search(new SearchQuery("", organ, null, null, null, 1, 10));
            long t2 = System.nanoTime();
            words[i] = t1 - t0;
            reference[i] = t2 - t1;
        }
        System.out.printf("[bench] OpenSearch %d items (count %d), two-word query: %s; reference (organ newest): %s%n",
                items, index.count(), percentiles(words), percentiles(reference));
    }

    private static String percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)", s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s.length);
    }
}
