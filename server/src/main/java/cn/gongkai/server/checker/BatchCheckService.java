package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.PreviousYear;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import java.util.ArrayList;
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

    /** Default settings: only the cross-year rules run through it (they need no deadlines). */
    private final ReportChecker crossYearChecker = ReportChecker.builder().build();
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
            List<CheckedFile> checked = new ArrayList<>();
            int last = files.size() - 1;
            try (files) {
                files.forEach((i, name, bytes, refusal) -> {
                    try {
                        CheckResult r = bytes == null ? ReportChecker.tooComplex(name, java.util.Objects.requireNonNull(refusal))
                                : gate.checkWaiting(bytes, name);
                        checked.add(record(job, i, name, r));
                    } catch (RuntimeException | StackOverflowError e) {
                        log.error("批量体检：{} 核对失败", name, e);
                        try {
                            record(job, i, name, ReportChecker.unreadable(name, "核对时出错：" + e.getMessage()));
                        } catch (RuntimeException again) {
                            log.error("批量体检：{} 的结果未能保存", name, again);
                        }
                    } finally {
                        // The last file counts as done only after the cross-year pass, so that a finished
                        // job's rows no longer change.
                        if (i != last) {
                            job.done.incrementAndGet();
                        }
                    }
                });
                crossYear(job, checked);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("批量体检：跨年度核对失败", e);
            } finally {
                if (last >= 0) {
                    job.done.incrementAndGet();
                }
            }
        });
        return job;
    }

    private CheckedFile record(BatchJob job, int index, String name, CheckResult r) {
        UUID run = runs.save(name, ReportJson.write(r), r.errors(), r.warnings(), settings.keepResults());
        job.rows.add(new BatchJob.Row(index, name, r.report().organ(), r.report().year(), r.errors(), r.warnings(), run));
        return new CheckedFile(name, r, run);
    }

    /**
     * A file whose previous-year report of the same organ is in the same batch gets the cross-year
     * findings (T3-CARRY-OVER, T2-IN-FORCE-PROGRESSION, COPY-FROM-LAST-YEAR): its JSON is saved again and
     * its row replaced. The results are small (no file bytes), so a batch's are kept until here.
     */
    private void crossYear(BatchJob job, List<CheckedFile> checked) {
        List<CheckResult> results = checked.stream().map(CheckedFile::result).toList();
        List<CheckResult> paired = PreviousYear.pair(crossYearChecker, results);
        for (int k = 0; k < checked.size(); k++) {
            CheckResult r = paired.get(k);
            if (r == results.get(k)) {
                continue;
            }
            CheckedFile f = checked.get(k);
            UUID run = runs.save(f.fileName(), ReportJson.write(r), r.errors(), r.warnings(), settings.keepResults());
            job.rows.replaceAll(row -> row.run().equals(f.id())
                    ? new BatchJob.Row(row.index(), row.fileName(), row.organ(), row.year(), r.errors(), r.warnings(), run)
                    : row);
        }
    }

    Optional<BatchJob> job(UUID id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }
}
