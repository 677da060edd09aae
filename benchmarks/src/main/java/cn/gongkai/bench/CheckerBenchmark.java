package cn.gongkai.bench;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.testing.DocxFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reports per second through the checker (read, parse, validate), one thread, against the floor
 * measured in the same run: decoding the same bytes and splitting them into lines, which any
 * checker has to do. Run with scripts/bench.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckerBenchmark {

    private static final String[] SEEDS = {"000", "001", "002", "003", "004"};

    private final ReportChecker checker = ReportChecker.builder().build();
    private List<byte[]> texts;
    private byte[] pdf;
    private byte[] docx;

    @Setup
    public void load() throws IOException {
        texts = new ArrayList<>();
        for (String s : SEEDS) {
            texts.add(resource("/seeds/" + s + ".txt"));
        }
        pdf = resource("/layouts/base.pdf");
        docx = DocxFixtures.fromText(new String(resource("/layouts/base.txt"), StandardCharsets.UTF_8));
    }

    /** The floor: strict UTF-8 decoding and line splitting of the five seeds. */
    @Benchmark
    @OperationsPerInvocation(5)
    public void floorDecodeAndSplit(Blackhole bh) {
        for (byte[] t : texts) {
            String s = new String(t, StandardCharsets.UTF_8);
            bh.consume(s.split("\r?\n", -1));
        }
    }

    /** The five seeds (text): parse and validate. */
    @Benchmark
    @OperationsPerInvocation(5)
    public void checkText(Blackhole bh) {
        for (byte[] t : texts) {
            CheckResult r = checker.check(t, "seed.txt");
            bh.consume(r);
        }
    }

    @Benchmark
    public CheckResult checkPdf() {
        return checker.check(pdf, "base.pdf");
    }

    @Benchmark
    public CheckResult checkDocx() {
        return checker.check(docx, "base.docx");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CheckerBenchmark.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
