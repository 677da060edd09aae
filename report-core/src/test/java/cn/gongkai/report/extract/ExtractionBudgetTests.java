package cn.gongkai.report.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.testing.DocxFixtures;
import cn.gongkai.report.testing.HostileFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crafted files of issue 11 are refused with INPUT-TOO-COMPLEX, located (which page, which part), as
 * soon as their budget is spent; ordinary reports are unaffected. The 10 s bound is the issue's promise and
 * only a guard against a hang here (the budget stops the PDF on page 1 and the DOCX at 8 MB of XML).
 */
class ExtractionBudgetTests {

    private static final Duration PROMISE = Duration.ofSeconds(10);
    private static byte[] pdf;
    private static byte[] docx;

    private final ReportChecker checker = ReportChecker.builder().build();

    @BeforeAll
    static void craft() throws IOException {
        pdf = HostileFiles.glyphFloodPdf();
        docx = HostileFiles.xmlFloodDocx();
    }

    @Test
    void theCraftedFilesAreAsTheIssueDescribes() {
        // issue 11: "a 134 KB crafted PDF", "a 14.7 MB DOCX that unpacks to 63 MB of XML"
        assertThat(pdf.length).isBetween(60_000, 400_000);
        assertThat(docx.length).isBetween(8_000_000, 25_000_000);
    }

    @Test
    void glyphFloodPdfIsStoppedOnItsFirstPage() {
        CheckResult result = assertTimeoutPreemptively(PROMISE, () -> checker.check(pdf, "crafted.pdf"));
        // 50,000 glyphs on page 1 > 20,000 per page: the per-page budget is spent first, on page 1
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Codes.INPUT_TOO_COMPLEX);
            assertThat(d.message()).startsWith("文件过大或过于复杂：第 1 页的字形超过每页 20000 个的上限");
        });
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void xmlFloodDocxIsStoppedAtThePartBudget() {
        CheckResult result = assertTimeoutPreemptively(PROMISE, () -> checker.check(docx, "crafted.docx"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Codes.INPUT_TOO_COMPLEX);
            assertThat(d.message()).contains("word/document.xml 解压后超过 8 MB 的上限");
        });
    }

    @Test
    void theTotalGlyphBudgetCountsAcrossPages() {
        // 50,000 glyphs a page, per-page budget lifted to 60,000, total 120,000: pages 1 and 2 pass
        // (100,000), page 3 passes 120,000 after 20,000 more glyphs — so the total is spent on page 3.
        ReadLimits limits = new ReadLimits(20L << 20, 2_000_000, 100, 8L << 20, 64L << 20, 120_000, 60_000,
                Duration.ofSeconds(30));
        CheckResult result = ReportChecker.builder().limits(limits).build().check(pdf, "crafted.pdf");
        assertThat(result.diagnostics().get(0).message()).contains("读到第 3 页时字形总数超过 120000 个的上限");
    }

    @Test
    void theTimeBudgetStopsAFileThatIsSlowWithinItsOtherBudgets() {
        // everything else unlimited, 1 ms to spend: the first time check finds it spent
        ReadLimits limits = new ReadLimits(20L << 20, 2_000_000, 100, 8L << 20, 64L << 20, 10_000_000, 1_000_000,
                Duration.ofMillis(1));
        CheckResult result = ReportChecker.builder().limits(limits).build().check(pdf, "crafted.pdf");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Codes.INPUT_TOO_COMPLEX);
            assertThat(d.message()).contains("用时超过 1 毫秒的上限");
        });
    }

    @Test
    void theCharacterBudgetIsSpentWhileWriting() throws IOException {
        // a real report PDF, allowed 100 characters: stopped on page 1 while the text is written out
        ReadLimits limits = new ReadLimits(20L << 20, 100, 100, 8L << 20);
        CheckResult result = ReportChecker.builder().limits(limits).build().check(resource("base.pdf"), "base.pdf");
        assertThat(result.diagnostics().get(0).message()).contains("读到第 1 页时文字超过 100 个字符的上限");
    }

    @Test
    void thePartBudgetIsCountedWhileUnpacking() throws IOException {
        // 9 MB of XML: over the 8 MB part budget while unpacking, whatever the zip header says
        byte[] nine = HostileFiles.xmlFloodDocx(9L << 20);
        assertThat(checker.check(nine, "nine.docx").diagnostics().get(0).code()).isEqualTo(Codes.INPUT_TOO_COMPLEX);
        // 7 MB of XML: within the 8 MB part budget, so unpacking passes and the next budget decides — the
        // characters: paragraphs of 40 CJK chars (120 bytes) in 36 bytes of tags hold 7 MiB / 156 × 40 ≈ 1.88 M
        // characters, under 2,000,000, so the text is read (and is then found not to be a report)
        byte[] seven = HostileFiles.xmlFloodDocx(7L << 20);
        assertThat(checker.check(seven, "seven.docx").diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("不是政府信息公开工作年度报告"));
    }

    @Test
    void anOrdinaryReportIsReadAsBefore() throws IOException {
        byte[] report = DocxFixtures.fromText("2025年政府信息公开工作年度报告\n一、总体情况\n本年度公开信息 12 条。\n");
        assertThat(checker.check(report, "ok.docx").unreadable()).isFalse();
        assertThat(checker.check(resource("base.pdf"), "base.pdf").unreadable()).isFalse();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExtractionBudgetTests.class.getResourceAsStream("/layouts/" + name)) {
            return Objects.requireNonNull(in).readAllBytes();
        }
    }
}
