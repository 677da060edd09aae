package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/**
 * Checks many reports in the background, one job at a time per server thread pool, so that the page
 * can show progress; each result's JSON is kept like a single check's. Jobs are kept in memory until
 * {@link #MAX_JOBS} newer ones have started.
 */
@Service
class BatchCheckService {

    static final int MAX_JOBS = 50;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchCheckService.class);

    private final CheckGate gate;
    private final CheckRuns runs;
    private final CheckerSettings settings;
    private final Map<UUID, BatchJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "batch-check");
                t.setDaemon(true);
                return t;
            });

    BatchCheckService(CheckGate gate, CheckRuns runs, CheckerSettings settings) {
        this.gate = gate;
        this.runs = runs;
        this.settings = settings;
    }

    /** Starts checking the files in the background, one at a time through the gate; the job owns and closes them. */
    BatchJob start(String owner, BatchFiles files) {
        if (jobs.size() >= MAX_JOBS) {
            jobs.values().stream().filter(BatchJob::isFinished).min(java.util.Comparator.comparing(j -> j.started))
                    .ifPresent(old -> jobs.remove(old.id));
        }
        BatchJob job = new BatchJob(owner, files.size());
        jobs.put(job.id, job);
        workers.submit(() -> {
            try (files) {
                files.forEach((i, name, bytes, refusal) -> {
                    try {
                        CheckResult r = bytes == null ? ReportChecker.tooComplex(name, java.util.Objects.requireNonNull(refusal))
                                : gate.checkWaiting(bytes, name);
                        record(job, i, name, r);
                    } catch (RuntimeException | StackOverflowError e) {
                        log.error("批量体检：{} 核对失败", name, e);
                        try {
                            record(job, i, name, ReportChecker.unreadable(name, "核对时出错：" + e.getMessage()));
                        } catch (RuntimeException again) {
                            log.error("批量体检：{} 的结果未能保存", name, again);
                        }
                    } finally {
                        job.done.incrementAndGet();
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return job;
    }

    private void record(BatchJob job, int index, String name, CheckResult r) {
        UUID run = runs.save(name, ReportJson.write(r), r.errors(), r.warnings(), settings.keepResults());
        job.rows.add(new BatchJob.Row(index, name, r.report().organ(), r.report().year(), r.errors(), r.warnings(), run));
    }

    Optional<BatchJob> job(UUID id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }
}
