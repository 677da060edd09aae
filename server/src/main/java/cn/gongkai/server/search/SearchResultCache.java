package cn.gongkai.server.search;

import cn.gongkai.search.SearchPage;
import cn.gongkai.server.shared.PortalChanged;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The answers of 信息检索 kept in memory, so a query many visitors ask (the words in the news, a link
 * from the home page) costs the index once and then only the page's rendering: the search page used to
 * be the slowest page of the portal (docs/benchmarks.md). Keyed by the whole question (words, filters,
 * page, order). Dropped whole when something public changes (a publication, a guide, a report: the
 * {@link PortalChanged} of the change, and the index's own updates after it), and each answer is kept
 * at most {@link #TTL} so a change made by another instance shows within that time. At most
 * {@link #MAX_ENTRIES} answers, the least recently asked dropped first: unique queries from a crawler
 * cannot grow memory. Not used on a shared (cluster) index: see {@link #enabled}.
 */
@Component
class SearchResultCache {

    static final int MAX_ENTRIES = 2_000;
    static final Duration TTL = Duration.ofSeconds(60);

    /** What the page shows for one question. */
    record Answer(SearchPage result, List<PageSource.PageHit> pageHits, List<String> suggestions) {
    }

    private record Kept(Answer answer, long bornMillis) {
    }

    private final Clock clock;
    private final Map<String, Kept> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * Off when the index is shared by several instances (issue 17): another instance's publication is indexed
     * there after its commit, and an answer kept here in between would hide it for {@link #TTL}; the cluster
     * test asks for it on every instance within a second.
     */
    private final boolean enabled;

    SearchResultCache(Clock clock, SearchProperties properties) {
        this.clock = clock;
        this.enabled = !properties.settings().clustered();
    }

    /**
     * The cached answer to {@code key}, or {@code compute}'s, kept unless {@code keep} is false (while the
     * index is still being rebuilt its answers are incomplete).
     */
    Answer get(String key, boolean keep, Supplier<Answer> compute) {
        if (!enabled) {
            return compute.get();
        }
        long now = clock.millis();
        synchronized (entries) {
            Kept e = entries.get(key);
            if (e != null && now - e.bornMillis() < TTL.toMillis()) {
                return e.answer();
            }
        }
        Answer answer = compute.get(); // outside the lock: two visitors asking at once both search, no one waits
        if (keep) {
            synchronized (entries) {
                entries.put(key, new Kept(answer, now));
            }
        }
        return answer;
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** After the change has committed (also outside a transaction, as the bulk demo writes it). */
    @TransactionalEventListener(fallbackExecution = true)
    void portalChanged(PortalChanged event) {
        clear();
    }
}
