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

    private final ReportChecker checker = ReportChecker.builder().build();
    private final CheckRuns runs;
    private final CheckerSettings settings;
    private final Map<UUID, BatchJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "batch-check");
                t.setDaemon(true);
                return t;
            });

    BatchCheckService(CheckRuns runs, CheckerSettings settings) {
        this.runs = runs;
        this.settings = settings;
    }

    BatchJob start(String owner, List<ZipEntries.Entry> files) {
        if (jobs.size() >= MAX_JOBS) {
            jobs.values().stream().filter(BatchJob::isFinished).min(java.util.Comparator.comparing(j -> j.started))
                    .ifPresent(old -> jobs.remove(old.id));
        }
        BatchJob job = new BatchJob(owner, files.size());
        jobs.put(job.id, job);
        workers.submit(() -> {
            List<CheckedFile> checked = new ArrayList<>();
            int index = 0;
            try {
                for (ZipEntries.Entry f : files) {
                    int i = index++;
                    try {
                        CheckResult r = checker.check(f.bytes(), f.name());
                        UUID run = runs.save(f.name(), ReportJson.write(r), r.errors(), r.warnings(), settings.keepResults());
                        job.rows.add(new BatchJob.Row(i, f.name(), r.report().organ(), r.report().year(), r.errors(),
                                r.warnings(), run));
                        checked.add(new CheckedFile(f.name(), r, run));
                    } catch (RuntimeException | StackOverflowError e) {
                        log.error("批量体检：{} 核对失败", f.name(), e);
                        try {
                            CheckResult r = ReportChecker.unreadable(f.name(), "核对时出错：" + e.getMessage());
                            UUID run = runs.save(f.name(), ReportJson.write(r), r.errors(), r.warnings(), settings.keepResults());
                            job.rows.add(new BatchJob.Row(i, f.name(), null, null, r.errors(), r.warnings(), run));
                        } catch (RuntimeException again) {
                            log.error("批量体检：{} 的结果未能保存", f.name(), again);
                        }
                    } finally {
                        // The last file counts as done only after the cross-year pass below, so that a
                        // finished job's rows no longer change.
                        if (i < files.size() - 1) {
                            job.done.incrementAndGet();
                        }
                    }
                }
                crossYear(job, checked);
            } catch (RuntimeException e) {
                log.error("批量体检：跨年度核对失败", e);
            } finally {
                if (!files.isEmpty()) {
                    job.done.incrementAndGet();
                }
            }
        });
        return job;
    }

    /**
     * A file whose previous-year report of the same organ is in the same batch gets the cross-year
     * findings (T3-CARRY-OVER, T2-IN-FORCE-PROGRESSION, COPY-FROM-LAST-YEAR): its JSON is saved again and
     * its row replaced.
     */
    private void crossYear(BatchJob job, List<CheckedFile> checked) {
        List<CheckResult> results = checked.stream().map(CheckedFile::result).toList();
        List<CheckResult> paired = PreviousYear.pair(checker, results);
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
