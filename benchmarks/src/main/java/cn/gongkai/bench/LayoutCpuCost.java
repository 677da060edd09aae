package cn.gongkai.bench;

import cn.gongkai.report.check.ReportChecker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The same report (corpus F2) in every layout class of the corpus, checked in thread CPU time: µs per
 * check and ns per input byte, round-robin over the layouts (each round checks every file for about
 * the same CPU time), so that all layouts see the same machine. Answers issue 12's "the one-line layout
 * must not be slower per byte than the others". Run with {@code scripts/bench layouts [FILE…]}.
 */
public final class LayoutCpuCost {

    private static volatile Object sink;
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final String[] FILES = {"tab-text/f2.txt", "tab-blanks/f2.txt", "wrapped/f2.txt", "traditional/f2.txt",
        "crawler-cells/f2.txt", "one-line/f2.txt", "pipe-table/f2.md", "html-table/f2.html", "web-page/f2.html",
        "docx-merged/f2.docx", "pdf-browser/f2.pdf"};

    private LayoutCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        ReportChecker checker = ReportChecker.builder().build();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : args.length > 0 ? args : FILES) { // a subset by name, while tuning
            try (InputStream in = LayoutCpuCost.class.getResourceAsStream("/corpus/" + f)) {
                files.put(f, Objects.requireNonNull(in, f).readAllBytes());
            }
        }
        // Warm-up: every file for about 1.5 s of CPU (the JIT compiles the paths all of them take), then the
        // repetitions per round from the last timing, so each file gets ~30 ms of CPU per round.
        Map<String, Integer> reps = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            long start = MX.getCurrentThreadCpuTime();
            long t0 = start;
            int i = 0;
            while (MX.getCurrentThreadCpuTime() - start < 1_500_000_000L) {
                if (i++ % 50 == 0) {
                    t0 = MX.getCurrentThreadCpuTime();
                    i = 1;
                }
                sink = checker.check(e.getValue(), e.getKey());
            }
            long per = Math.max(1, (MX.getCurrentThreadCpuTime() - t0) / i);
            reps.put(e.getKey(), (int) Math.max(1, 30_000_000L / per));
        }
        Map<String, long[]> spent = new LinkedHashMap<>();
        for (int round = 0; round < 30; round++) {
            for (var e : files.entrySet()) {
                int n = reps.get(e.getKey());
                long t0 = MX.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    sink = checker.check(e.getValue(), e.getKey());
                }
                long t = MX.getCurrentThreadCpuTime() - t0;
                if (round >= 3) { // the first rounds warm up the JIT
                    long[] s = spent.computeIfAbsent(e.getKey(), k -> new long[2]);
                    s[0] += t;
                    s[1] += n;
                }
            }
        }
        System.out.printf("%-22s %9s %10s %12s%n", "layout (F2)", "bytes", "µs/check", "ns/byte");
        for (var e : files.entrySet()) {
            long[] s = spent.get(e.getKey());
            double us = s[0] / 1000.0 / s[1];
            System.out.printf("%-22s %9d %10.1f %12.1f%n", e.getKey(), e.getValue().length, us,
                    us * 1000 / e.getValue().length);
        }
    }
}
