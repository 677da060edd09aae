package cn.gongkai.bench;

import cn.gongkai.search.ChineseCorpus;
import cn.gongkai.search.ItemDocument;
import cn.gongkai.search.SearchIndex;
import cn.gongkai.search.SearchPage;
import cn.gongkai.search.SearchQuery;
import cn.gongkai.search.SearchSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Search latency (JMH sample time: p50/p95/p99) over a generated corpus of 100k or 1M items in an
 * embedded Lucene index on disk, one thread, a different two-word query each time (topic + object,
 * e.g. 安全生产 隐患排查), first page of 10 with highlights. The reference in the same run is the
 * cheapest page the same index serves: one organ's newest items, no words (a filter and a sort).
 * The index is built once under target/search-corpus/N and reused. Run with scripts/bench search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {

    @Param({"100000", "1000000"})
    public int items;

    private SearchIndex index;
    private final SplittableRandom random = new SplittableRandom(11);
    private long organ;

    @Setup(Level.Trial)
    public void buildOrOpen() {
        Path dir = Path.of("target", "search-corpus", Integer.toString(items));
        index = SearchIndex.open(SearchSettings.embedded(dir));
        if (index.count() != items) {
            index.clear();
            long start = System.nanoTime();
            List<ItemDocument> batch = new ArrayList<>();
            for (int n = 0; n < items; n++) {
                batch.add(ChineseCorpus.item(1, n));
                if (batch.size() == 5_000) {
                    index.putAll(batch);
                    batch.clear();
                }
            }
            index.putAll(batch);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%n索引 %d 条用时 %.1f s（%.0f 条/s）%n", items, seconds, items / seconds);
        }
    }

    @Benchmark
    public SearchPage twoWordQuery() {
        return index.search(new SearchQuery(ChineseCorpus.query(random), null, null, null, null, 1, 10));
    }

    @Benchmark
    public SearchPage referenceOrganNewest() {
        organ = 100 + (organ + 1) % 20;
        return index.search(new SearchQuery("", organ, null, null, null, 1, 10));
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }
}
