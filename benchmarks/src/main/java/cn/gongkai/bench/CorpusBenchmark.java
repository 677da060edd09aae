package cn.gongkai.bench;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The checker on corpus files of one hand-checked figure set (F2: a county, 42 requests; report-core's
 * test resources corpus/) in four layouts, each against its floor measured in the same run:
 * <ul>
 * <li>PDF (printed by headless Chromium): PDFBox's bare text extraction — load and {@code PDFTextStripper.getText}
 *     with its defaults — of the same file;</li>
 * <li>DOCX with merged cells: POI's bare text — open and {@code XWPFWordExtractor.getText} — of the same file;</li>
 * <li>TAB text and the one-line crawler layout: UTF-8 decoding and line splitting of the same bytes.</li>
 * </ul>
 * Average time per operation (µs). Targets (issue 12): check ≤ 1.5 × floor for PDF and DOCX; text at ≥ 25 %
 * of its floor's speed; one-line no slower per byte than TAB text. Run with {@code scripts/bench corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CorpusBenchmark {

    private final ReportChecker checker = ReportChecker.builder().build();
    private byte[] pdf;
    private byte[] docx;
    private byte[] text;
    private byte[] oneLine;

    @Setup
    public void load() throws IOException {
        pdf = resource("/corpus/pdf-browser/f2.pdf");
        docx = resource("/corpus/docx-merged/f2.docx");
        text = resource("/corpus/tab-text/f2.txt");
        oneLine = resource("/corpus/one-line/f2.txt");
    }

    @Benchmark
    public String pdfFloor() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Benchmark
    public CheckResult pdfCheck() {
        return checker.check(pdf, "f2.pdf");
    }

    @Benchmark
    public String docxFloor() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Benchmark
    public CheckResult docxCheck() {
        return checker.check(docx, "f2.docx");
    }

    @Benchmark
    public String[] textFloor() {
        return new String(text, StandardCharsets.UTF_8).split("\r?\n", -1);
    }

    @Benchmark
    public CheckResult textCheck() {
        return checker.check(text, "f2.txt");
    }

    @Benchmark
    public String[] oneLineFloor() {
        return new String(oneLine, StandardCharsets.UTF_8).split("\r?\n", -1);
    }

    @Benchmark
    public CheckResult oneLineCheck() {
        return checker.check(oneLine, "f2-one-line.txt");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CorpusBenchmark.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
