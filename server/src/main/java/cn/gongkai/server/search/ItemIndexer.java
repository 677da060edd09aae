package cn.gongkai.server.search;

import cn.gongkai.search.ItemDocument;
import cn.gongkai.search.SearchIndex;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.shared.PortalChanged;
import cn.gongkai.server.publication.PublishedTexts;
import cn.gongkai.server.publication.PublishedTexts.PublishedText;
import cn.gongkai.server.publication.Release;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step with the portal. The database is the record; the index is derived from
 * it, so a failed index write never undoes a publication. Each change marks its item pending in its own
 * transaction; the mark is cleared once the index has the change; at start, marked items are indexed
 * again (a crash between commit and index write, a failed write), and a count that disagrees rebuilds all.
 */
@Component
// Only in the server: ./gongkai report's context is not a web application, and the indexer's start-up check, an
// event listener that builds the bean even when lazy, rebuilt the command's in-memory index of all published
// items on every run (about 2 s for the demo county's 1,184).
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ItemIndexer {

    private static final Logger log = LoggerFactory.getLogger(ItemIndexer.class);
    static final int BATCH = 500;

    private final SearchIndex index;
    private final PublishedTexts texts;
    private final Organs organs;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean catchingUp = new AtomicBoolean();

    private final SearchPending pending;
    private final cn.gongkai.server.shared.BulkWrite bulk;
    /** An OpenSearch cluster that other instances use too (issue 17). */
    private final boolean shared;
    /** Cleared after every index write too: a search between the commit and the write may have kept the old answer. */
    private final SearchResultCache answers;

    ItemIndexer(SearchIndex index, PublishedTexts texts, Organs organs, SearchPending pending,
            cn.gongkai.server.shared.BulkWrite bulk, SearchProperties properties, SearchResultCache answers) {
        this.bulk = bulk;
        this.shared = properties.settings().clustered();
        this.answers = answers;
        this.index = index;
        this.texts = texts;
        this.organs = organs;
        this.pending = pending;
    }

    /** In the changing transaction, before it commits: if the index write never happens, the mark says so. */
    @EventListener
    void markPending(PortalChanged event) {
        if (event.concernsAnItem() && TransactionSynchronizationManager.isActualTransactionActive()) {
            pending.mark(event.itemId());
        }
    }

    /** After the publication, correction or withdrawal has committed, so the index never runs ahead of it. */
    @TransactionalEventListener(fallbackExecution = true)
    void portalChanged(PortalChanged event) {
        if (!event.concernsAnItem() || bulk.active()) {
            return; // during a bulk write the item stays marked pending; bulkDone indexes all at once
        }
        try {
            reindex(event.itemId());
            pending.clear(event.itemId());
        } catch (RuntimeException e) {
            log.error("检索索引未能更新（信息 {}）；下次启动时将重新索引这条信息", event.itemId(), e);
        }
    }

    /** Indexes marked items again and clears their marks (at start, and by {@link SearchCatchUp}). */
    int catchUp(List<Long> behind) {
        for (long itemId : behind) {
            reindex(itemId);
            pending.clear(itemId);
        }
        return behind.size();
    }

    private void reindex(long itemId) {
        texts.current(itemId).ifPresentOrElse(t -> index.put(document(t)), () -> index.remove(itemId));
        answers.clear();
    }

    /**
     * After a bulk write (the demo county): one rebuild in batches instead of a commit per item, in the
     * background, so the portal answers while the index catches up (on a first start it took a third of
     * the demo's time); the search page says meanwhile that its results may be incomplete.
     */
    @EventListener
    void bulkDone(cn.gongkai.server.shared.BulkWrite.Done done) {
        catchingUp.set(true);
        Thread.ofPlatform().daemon().name("search-rebuild").start(() -> {
            try {
                log.info("批量写入后重建检索索引：{} 条", rebuild());
                pending.clearAll();
            } catch (RuntimeException e) {
                log.error("批量写入后重建检索索引失败；下次启动时将按数目核对后重建", e);
            } finally {
                catchingUp.set(false);
            }
        });
    }

    /** True while the index is being rebuilt after a bulk write: searches may miss items meanwhile. */
    boolean catchingUp() {
        return catchingUp.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        if (catchingUp.get()) {
            return; // the background rebuild brings index and database in step and clears the marks
        }
        List<Long> behind = pending.all();
        if (!behind.isEmpty()) {
            log.info("上次运行中有 {} 条信息的检索索引可能未更新：重新索引", behind.size());
            catchUp(behind);
        }
        long published = texts.count();
        long indexed = index.count();
        if (published != indexed && shared) {
            // Other instances serve from this index meanwhile: overwrite every item, never empty it first.
            log.info("检索索引有 {} 条，数据库中已发布 {} 条：重新写入全部信息（共用的检索集群不先清空）", indexed, published);
            rebuild(false);
        } else if (published != indexed) {
            log.info("检索索引有 {} 条，数据库中已发布 {} 条：重建索引", indexed, published);
            rebuild();
        }
    }

    /** Empties the index and indexes every published item again; returns how many. */
    long rebuild() {
        return rebuild(true);
    }

    private long rebuild(boolean clearFirst) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("索引正在重建，请稍后再试");
        }
        try {
            long total = texts.count();
            if (clearFirst) {
                index.clear();
            }
            long done = 0;
            long after = 0;
            List<PublishedText> batch;
            while (!(batch = texts.after(after, BATCH)).isEmpty()) {
                index.putAll(batch.stream().map(this::document).toList());
                done += batch.size();
                after = batch.getLast().release().itemId();
                log.info("重建检索索引：{}/{}", done, total);
            }
            answers.clear();
            return done;
        } finally {
            rebuilding.set(false);
        }
    }

    private ItemDocument document(PublishedText t) {
        Release r = t.release();
        Organ organ = organs.byId(r.organId()).orElseThrow();
        return new ItemDocument(r.itemId(), r.organId(), organ.code(), organ.name(), r.indexNumber(),
                r.content().kind().name(), r.content().topic(), r.content().title(), t.body(), t.attachmentText(),
                r.publishedOn());
    }
}
