package cn.gongkai.server.bench;

import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.parse.SourceMap;
import cn.gongkai.server.annualreport.ReportAssembler;
import cn.gongkai.server.annualreport.ReportInputs;
import cn.gongkai.server.annualreport.RollUp;
import cn.gongkai.server.request.CaseFacts;
import cn.gongkai.server.request.Outcome;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Timings of issue 5's targets, each against a reference measured in the same run (scripts/bench compile):
 * compiling and checking one organ-year with 10,000 requests; the roll-up of 500 organs' reports; checking
 * 1,000 text reports as the batch check does (check + JSON). Median of repeated runs after a warm-up;
 * figures go to docs/benchmarks.md by hand. Not a test: nothing is asserted.
 */
public final class CompileTiming {

    private static final ReportInputs FILLED = new ReportInputs(0L, 0L, 0L, 3L, 1L, 0L, new BigDecimal("0.25"),
            "总体情况。", "存在的问题。", "其他事项。");
    private static final ReportAssembler.Facts FACTS = new ReportAssembler.Facts(Map.of("工作动态", 12L), 1, 0, 4, 0, 0, 0, 0, ReportAssembler.Supervision.NONE);

    public static void main(String[] args) throws Exception {
        ReportChecker checker = ReportChecker.builder().build();
        List<CaseFacts> cases = cases(10_000, 1);
        time("organ-year, 10,000 requests: compile + check", () -> {
            AnnualReport r = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, FILLED, FACTS, cases,
                    List.of()).report();
            return checker.validate(r, SourceMap.compiled(), null);
        });
        time("reference: copying the 10,000 cases into a list", () -> new ArrayList<>(cases));

        List<AnnualReport> organs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            organs.add(ReportAssembler.assemble("机关" + i, OrganKind.TOWNSHIP, 2025, FILLED, FACTS, cases(40, i), List.of())
                    .report());
        }
        time("roll-up of 500 organs' reports", () -> RollUp.sum("全县", 2025, organs));

        Path seeds = Path.of(args.length > 0 ? args[0] : "report-core/src/test/resources/seeds");
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            texts.add(Files.readAllBytes(seeds.resolve(String.format("%03d.txt", i % 5))));
        }
        time("batch: 1,000 text reports, check + JSON", () -> {
            int n = 0;
            for (byte[] t : texts) {
                n += ReportJson.write(checker.check(t, "r.txt")).length();
            }
            return n;
        });
        time("reference: decoding the same 1,000 files", () -> {
            int n = 0;
            for (byte[] t : texts) {
                n += new String(t, java.nio.charset.StandardCharsets.UTF_8).split("\n").length;
            }
            return n;
        });
    }

    private static List<CaseFacts> cases(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Outcome[] outcomes = Outcome.values();
        List<CaseFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate received = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
            boolean closed = r.nextInt(4) > 0;
            out.add(new CaseFacts(ApplicantColumn.values()[r.nextInt(6)], received, closed ? received.plusDays(r.nextInt(60)) : null,
                    closed ? outcomes[r.nextInt(outcomes.length)] : null));
        }
        return out;
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] ms = new long[9];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-50s median %,10d µs   (min %,d, max %,d)%n", what, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }
}
