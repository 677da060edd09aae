package cn.gongkai.bench;

import cn.gongkai.report.check.ReportChecker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thread CPU time per report of the checker and of the floor (decode + split), measured in
 * alternating blocks in one JVM. On a shared machine whose speed drifts, CPU time and the ratio of
 * the two are far steadier than JMH's wall-clock throughput (±3 % between runs here, against ±50 %).
 * Run with {@code scripts/bench cpu}.
 */
public final class CpuTimeRatio {

    private static volatile Object sink;

    private CpuTimeRatio() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String s : List.of("000", "001", "002", "003", "004")) {
            try (InputStream in = CpuTimeRatio.class.getResourceAsStream("/seeds/" + s + ".txt")) {
                seeds.add(Objects.requireNonNull(in).readAllBytes());
            }
        }
        ReportChecker checker = ReportChecker.builder().build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long checkNanos = 0;
        long floorNanos = 0;
        long checked = 0;
        long floored = 0;
        for (int round = 0; round < 40; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 200; i++) {
                for (byte[] b : seeds) {
                    sink = checker.check(b, "seed.txt");
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 2000; i++) {
                for (byte[] b : seeds) {
                    sink = new String(b, StandardCharsets.UTF_8).split("\r?\n", -1);
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            if (round >= 10) { // the first rounds warm up the JIT
                checkNanos += t1 - t0;
                floorNanos += t2 - t1;
                checked += 200L * seeds.size();
                floored += 2000L * seeds.size();
            }
        }
        double check = checkNanos / (double) checked / 1000;
        double floor = floorNanos / (double) floored / 1000;
        System.out.printf("checker: %.0f µs CPU per report (%.0f reports/s per core); floor: %.1f µs; floor/checker: %.1f %%%n",
                check, 1e6 / check, floor, 100 * floor / check);
    }
}
