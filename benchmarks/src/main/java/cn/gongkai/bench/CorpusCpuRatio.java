package cn.gongkai.bench;

import cn.gongkai.report.check.ReportChecker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The pairs of {@link CorpusBenchmark} (check vs floor on the same corpus file, F2) in thread CPU time,
 * alternating blocks in one JVM after warm-up: steadier than JMH's wall clock on a loaded shared machine.
 * Prints CPU µs per operation and check/floor. Run with {@code scripts/bench corpus-cpu}.
 */
public final class CorpusCpuRatio {

    private static volatile Object sink;
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private CorpusCpuRatio() {
    }

    public static void main(String[] args) throws Exception {
        ReportChecker checker = ReportChecker.builder().build();
        byte[] pdf = resource("/corpus/pdf-browser/f2.pdf");
        byte[] docx = resource("/corpus/docx-merged/f2.docx");
        byte[] text = resource("/corpus/tab-text/f2.txt");
        byte[] oneLine = resource("/corpus/one-line/f2.txt");
        pair("PDF (Chromium, F2)", () -> checker.check(pdf, "f2.pdf"), () -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        }, 4, 4);
        pair("DOCX merged cells (F2)", () -> checker.check(docx, "f2.docx"), () -> {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                    XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                return x.getText();
            }
        }, 20, 20);
        pair("TAB text (F2, " + text.length + " B)", () -> checker.check(text, "f2.txt"),
                () -> new String(text, StandardCharsets.UTF_8).split("\r?\n", -1), 200, 4000);
        pair("one-line (F2, " + oneLine.length + " B)", () -> checker.check(oneLine, "f2.txt"),
                () -> new String(oneLine, StandardCharsets.UTF_8).split("\r?\n", -1), 200, 4000);
    }

    private static void pair(String what, Callable<Object> check, Callable<Object> floor, int checks, int floors)
            throws Exception {
        long c = 0;
        long f = 0;
        for (int round = 0; round < 30; round++) {
            long t0 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < checks; i++) {
                sink = check.call();
            }
            long t1 = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < floors; i++) {
                sink = floor.call();
            }
            long t2 = MX.getCurrentThreadCpuTime();
            if (round >= 10) { // the first rounds warm up the JIT
                c += t1 - t0;
                f += t2 - t1;
            }
        }
        double cu = c / 20.0 / checks / 1000;
        double fu = f / 20.0 / floors / 1000;
        System.out.printf("%-28s check %9.1f µs CPU  floor %9.1f µs CPU  check/floor %.2f×  floor/check %.1f %%%n", what, cu,
                fu, cu / fu, 100 * fu / cu);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CorpusCpuRatio.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
