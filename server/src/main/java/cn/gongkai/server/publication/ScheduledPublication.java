package cn.gongkai.server.publication;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 定时发布: publishes the approved items whose time has come. A plain scheduled method, safe on several
 * instances without a lock: each item is claimed by a conditional update (still scheduled, due) in its
 * own transaction, so it is published once, and one item's failure leaves the others and the next run.
 */
@Component
class ScheduledPublication {

    /** The ledger's actor for what the platform does by itself. */
    static final String ACTOR = "系统（定时发布）";
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final Items items;
    private final PublicationService publication;
    private final IndexNumbers indexNumbers;
    private final Organs organs;
    private final Ledger ledger;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ScheduledPublication(Items items, PublicationService publication, IndexNumbers indexNumbers, Organs organs,
            Ledger ledger, Clock clock, PlatformTransactionManager transactions) {
        this.items = items;
        this.publication = publication;
        this.indexNumbers = indexNumbers;
        this.organs = organs;
        this.ledger = ledger;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${gongkai.publication.scheduled-every:PT1M}",
            initialDelayString = "${gongkai.publication.scheduled-every:PT1M}")
    // one instance at a time spares the others the query; the conditional claim alone keeps it correct
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "scheduled-publication", lockAtMostFor = "PT5M")
    void run() {
        publishDue();
    }

    /** Publishes what is due now; returns how many items this call published. */
    int publishDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int published = 0;
        for (long id : items.scheduledDue(now, BATCH)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(tx -> publishOne(id, now)))) {
                    published++;
                }
            } catch (RuntimeException e) {
                log.error("定时发布失败：信息 {}，{}", id, e.getClass().getName());
            }
        }
        return published;
    }

    private boolean publishOne(long id, OffsetDateTime now) {
        if (!items.claimScheduled(id, now)) {
            return false; // another instance or run published it meanwhile
        }
        Item item = items.byId(id).orElseThrow();
        String before = LedgerJson.state(item);
        LocalDate today = now.atZoneSameInstant(Schedules.CHINA).toLocalDate();
        String index = item.indexNumber();
        if (index == null) {
            Organ organ = organs.byId(item.organId()).orElseThrow();
            index = indexNumbers.next(organ.id(), organ.code(), today.getYear());
        }
        item.publishScheduled(today, index);
        items.update(item);
        publication.released(item, today);
        ledger.record(new Action(ACTOR, item.organId(), "scheduled-publish", "item", Long.toString(id), before,
                LedgerJson.state(item)));
        return true;
    }
}
