package cn.gongkai.server.notification;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the actions a transaction records in the ledger into notifications, at the end of that transaction
 * and inside it, each action's notifications in a savepoint of their own.
 *
 * <p>Why at the end: the rows an action writes after its ledger entry (an applicant's contact fields, the
 * status a returned reply goes back to) are there by then. Why inside: the outbox row commits exactly when
 * the action does, so a rolled-back action sends nothing and a crash after the commit loses nothing. Why a
 * savepoint: on PostgreSQL a failed statement aborts the whole transaction, and catching the exception
 * would not save it; rolled back to its savepoint, the failed notification is gone and the action commits.
 * Whatever goes wrong is logged (the class only, no address) and swallowed.
 */
@Component
class AtCommit {

    private static final Logger LOG = LoggerFactory.getLogger(AtCommit.class);

    private final List<Reaction> reactions;
    private final Outbox outbox;
    private final TransactionTemplate savepoint;

    AtCommit(List<Reaction> reactions, Outbox outbox, PlatformTransactionManager transactions) {
        this.reactions = reactions;
        this.outbox = outbox;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventListener
    void on(Ledger.Recorded recorded) {
        if (!outbox.enabled()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Ledger.record is transactional, so not reached; were it, the action is already committed
            run(List.of(recorded.action()));
            return;
        }
        // One batch per transaction: kept with the transaction's synchronizations, so an inner REQUIRES_NEW
        // transaction (suspending the outer one's) has its own.
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream().filter(Batch.class::isInstance)
                .map(Batch.class::cast).findFirst().orElseGet(() -> {
                    Batch b = new Batch();
                    TransactionSynchronizationManager.registerSynchronization(b);
                    return b;
                });
        batch.actions.add(recorded.action());
    }

    private void run(List<Action> actions) {
        Set<String> told = new HashSet<>();
        for (Action a : actions) {
            for (Reaction r : reactions) {
                try {
                    savepoint.executeWithoutResult(status -> r.react(a, told));
                } catch (RuntimeException e) {
                    LOG.warn("未能为操作 {} 生成通知（{}），操作照常完成", a.action(), e.getClass().getSimpleName());
                }
            }
        }
    }

    private final class Batch implements TransactionSynchronization {

        private final List<Action> actions = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            run(List.copyOf(actions));
        }
    }
}
