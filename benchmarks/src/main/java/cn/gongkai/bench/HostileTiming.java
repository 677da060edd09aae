package cn.gongkai.bench;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks one file once in a fresh JVM and prints the wall time, the peak heap in use (sum of the heap
 * pools' peaks) and the first diagnostic: the before/after figures of the crafted files in
 * docs/benchmarks.md ({@code scripts/bench hostile}). Not JMH: the crafted files cost a minute each before
 * the budgets, and what is compared is one request's cost, not a steady rate.
 */
public final class HostileTiming {

    private HostileTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(file);
        long start = System.nanoTime();
        CheckResult result = ReportChecker.builder().build().check(bytes, file.getFileName().toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        String first = result.diagnostics().isEmpty() ? "-" : result.diagnostics().get(0).code() + " "
                + result.diagnostics().get(0).message();
        System.out.printf("%s (%d bytes): %.1f s, peak heap %d MB, %s%n", file.getFileName(), bytes.length, seconds,
                peak >> 20, first.length() > 90 ? first.substring(0, 90) + "…" : first);
    }
}
