package cn.gongkai.server.search;

import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The index catch-up job (issue 17): items still marked in {@code search_pending} after
 * {@code gongkai.search.catch-up.older-than} (default 30 s) are indexed again by whichever instance takes
 * the lock. On one machine the start-up check covers a crash; with several instances the one that died may
 * never start again, so an instance that is still running does it. The cron fires at the same wall-clock
 * moment on every instance and the lock (held at least 2 s) lets one of them run it.
 */
@Component
@ConditionalOnWebApplication
class SearchCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);

    private final SearchPending pending;
    private final ItemIndexer indexer;
    private final Duration olderThan;

    SearchCatchUp(SearchPending pending, ItemIndexer indexer,
            @Value("${gongkai.search.catch-up.older-than:30s}") Duration olderThan) {
        this.pending = pending;
        this.indexer = indexer;
        this.olderThan = olderThan;
    }

    @Scheduled(cron = "${gongkai.search.catch-up.cron:*/30 * * * * *}")
    @SchedulerLock(name = "search-catch-up", lockAtMostFor = "PT5M", lockAtLeastFor = "PT2S")
    void run() {
        // the scheduled second, so the log of several instances shows each run once (the cluster test counts them)
        long slot = System.currentTimeMillis() / 1000;
        List<Long> behind = pending.olderThan(olderThan);
        if (behind.isEmpty()) {
            log.debug("定时任务 search-catch-up 运行（{}）：没有落后的检索索引", slot);
            return;
        }
        log.info("定时任务 search-catch-up 运行（{}）：{} 条信息的检索索引落后超过 {} 秒，重新索引", slot, behind.size(),
                olderThan.toSeconds());
        try {
            indexer.catchUp(behind);
        } catch (RuntimeException e) {
            log.error("检索索引补建失败，下次运行再试", e);
        }
    }
}
