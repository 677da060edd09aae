package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Where every web check runs: at most {@code maxConcurrent} files at once server-wide, each within its
 * extraction budgets (spent while reading, in the report core) and answered by a watchdog at most 2 s after
 * its time budget. A check that outlives the watchdog keeps its slot until its own budget stops it, so a
 * runaway file can never make room for more of them. The public form waits {@code queueWait} for a slot,
 * then gets the busy page; the batch checker (staff, in the background) waits its turn.
 */
@Component
class CheckGate {

    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ReportChecker checker;
    final Semaphore slots; // package-private: the tests take every slot to see the busy page
    private final CheckLoadSettings load;
    private final Duration answerWithin;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "report-check");
        t.setDaemon(true);
        return t;
    });

    CheckGate(CheckLoadSettings load, CheckBudgetSettings budget,
            @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
        this.checker = ReportChecker.builder().limits(budget.limits(maxFileSize.toBytes())).build();
        this.load = load;
        this.slots = new Semaphore(load.maxConcurrent(), true);
        this.answerWithin = checker.limits().timeBudget().plus(GRACE);
    }

    /** The public form's way in: waits briefly for a slot, else {@link CheckerBusy}. */
    CheckResult check(byte[] bytes, String name) throws CheckerBusy {
        try {
            if (!slots.tryAcquire(load.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CheckerBusy(load.queueWait().plusSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckerBusy(load.queueWait());
        }
        return runHolding(bytes, name);
    }

    /** The batch checker's way in: waits as long as it takes for a slot. */
    CheckResult checkWaiting(byte[] bytes, String name) throws InterruptedException {
        slots.acquire();
        return runHolding(bytes, name);
    }

    ReportChecker checker() {
        return checker;
    }

    /** Runs with the slot already taken; the slot is given back when the check really ends. */
    private CheckResult runHolding(byte[] bytes, String name) {
        Future<CheckResult> running;
        try {
            running = workers.submit(() -> {
                try {
                    return checker.check(bytes, name);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return running.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true); // the budget reads the interrupt and stops at its next check
            return ReportChecker.tooComplex(name, "文件过大或过于复杂：用时超过 " + checker.limits().timeBudget().toSeconds()
                    + " 秒的上限，不像一份年度报告。请只上传报告本身（文字版 PDF 或 Word），或把报告另存为较小的文件后重试。");
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return ReportChecker.unreadable(name, "检查被中断，请重新上传。");
        } catch (ExecutionException e) {
            return ReportChecker.unreadable(name, "读取时发生意外错误，文件可能已损坏。");
        }
    }

    /** No slot came free in time: the page says the system is busy (503), with when to try again. */
    static final class CheckerBusy extends Exception {
        final Duration retryAfter;

        CheckerBusy(Duration retryAfter) {
            super("系统繁忙", null, false, false);
            this.retryAfter = retryAfter;
        }
    }
}
