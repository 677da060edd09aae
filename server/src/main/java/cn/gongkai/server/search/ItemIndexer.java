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

/**
 * Keeps the index in step with the portal. The database is the record; the index is derived from
 * it, so a failed index write never undoes a publication: it is logged and the index is rebuilt at the
 * next start (or by the system administrator).
 */
@Component
class ItemIndexer {

    private static final Logger log = LoggerFactory.getLogger(ItemIndexer.class);
    static final int BATCH = 500;

    private final SearchIndex index;
    private final PublishedTexts texts;
    private final Organs organs;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    ItemIndexer(SearchIndex index, PublishedTexts texts, Organs organs) {
        this.index = index;
        this.texts = texts;
        this.organs = organs;
    }

    /** After the publication, correction or withdrawal has committed, so the index never runs ahead of it. */
    @TransactionalEventListener(fallbackExecution = true)
    void portalChanged(PortalChanged event) {
        if (!event.concernsAnItem()) {
            return;
        }
        try {
            texts.current(event.itemId()).ifPresentOrElse(t -> index.put(document(t)), () -> index.remove(event.itemId()));
        } catch (RuntimeException e) {
            log.error("检索索引未能更新（信息 {}）；下次启动时将重建索引", event.itemId(), e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        long published = texts.count();
        long indexed = index.count();
        if (published != indexed) {
            log.info("检索索引有 {} 条，数据库中已发布 {} 条：重建索引", indexed, published);
            rebuild();
        }
    }

    /** Empties the index and indexes every published item again; returns how many. */
    long rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("索引正在重建，请稍后再试");
        }
        try {
            long total = texts.count();
            index.clear();
            long done = 0;
            long after = 0;
            List<PublishedText> batch;
            while (!(batch = texts.after(after, BATCH)).isEmpty()) {
                index.putAll(batch.stream().map(this::document).toList());
                done += batch.size();
                after = batch.getLast().release().itemId();
                log.info("重建检索索引：{}/{}", done, total);
            }
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
