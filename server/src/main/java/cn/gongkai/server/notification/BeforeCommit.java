package cn.gongkai.server.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a notification's work at the end of the action's transaction, still inside it: the rows the action
 * writes after its ledger entry (an applicant's contact fields) are there, and the outbox row commits or
 * rolls back with the action. Whatever goes wrong is logged (the class only) and swallowed: a notification
 * never undoes the action.
 */
final class BeforeCommit {

    private static final Logger LOG = LoggerFactory.getLogger(BeforeCommit.class);

    private BeforeCommit() {
    }

    static void run(String action, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("未能为操作 {} 生成通知（{}）", action, e.getClass().getSimpleName());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    guarded.run();
                }
            });
        } else {
            guarded.run();
        }
    }
}
