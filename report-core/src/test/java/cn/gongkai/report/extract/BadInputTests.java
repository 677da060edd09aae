package cn.gongkai.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes and never hangs: each case gets UNREADABLE with a Chinese reason, within
 * a bounded time (the @Timeout is the bound, generous for a slow CI machine).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BadInputTests {

    private final ReportChecker checker = ReportChecker.builder().build();

    @Test
    void emptyFile() {
        assertUnreadable(checker.check(new byte[0], "empty.txt"), "文件为空");
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);
        CheckResult result = checker.check(garbage, "garbage.bin");
        assertThat(result.unreadable()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).isNotBlank());
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertUnreadable(checker.check(big), "大小超过上限 20 MB");
    }

    @Test
    void fiftyMegabytesInMemoryToo() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) '0');
        assertUnreadable(checker.check(big, "big.txt"), "大小超过上限");
    }

    @Test
    void truncatedPdfIsIncompleteNotRefused() throws IOException {
        // Issue 12: a capture cut short is read as far as it goes and answered "incomplete" (TruncatedPdfTests
        // scores the cut points against a corpus file's figures).
        byte[] pdf = resource("base.pdf");
        CheckResult result = checker.check(Arrays.copyOf(pdf, pdf.length / 2), "cut.pdf");
        assertThat(result.unreadable()).isFalse();
        assertThat(result.diagnostics()).anyMatch(d -> d.code().equals(Codes.REPORT_INCOMPLETE)
                && d.message().contains("%%EOF"));
    }

    @Test
    void damagedPdf() throws IOException {
        byte[] pdf = resource("base.pdf");
        byte[] damaged = pdf.clone();
        for (int i = 200; i < damaged.length - 200; i += 3) {
            damaged[i] = (byte) (damaged[i] ^ 0x5A);
        }
        CheckResult result = checker.check(damaged, "damaged.pdf");
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            assertUnreadable(checker.check(out.toByteArray(), "locked.pdf"), "已加密");
        }
    }

    @Test
    void docxZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) { // 200 MB of spaces, a few hundred KB compressed
                zip.write(spaces);
            }
        }
        assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);
        CheckResult result = checker.check(bytes.toByteArray(), "bomb.docx");
        assertThat(result.unreadable()).isTrue();
        assertThat(result.diagnostics().get(0).message()).contains("DOCX");
    }

    @Test
    void damagedDocx() {
        byte[] notReallyZip = "PK\u0003\u0004 this is not a zip archive at all".getBytes(StandardCharsets.ISO_8859_1);
        assertUnreadable(checker.check(notReallyZip, "broken.docx"), "DOCX");
    }

    @Test
    void oldWordFormat() {
        byte[] ole = new byte[4096];
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        ole[2] = 0x11;
        ole[3] = (byte) 0xE0;
        assertUnreadable(checker.check(ole, "old.doc"), ".docx");
    }

    @Test
    void wrongEncoding() {
        // Latin-1 bytes such as 0xFF are valid in neither UTF-8 nor GB18030.
        byte[] latin1 = "Rapport annuel \u00ff\u00fe\u00ff sur la transparence".getBytes(StandardCharsets.ISO_8859_1);
        assertUnreadable(checker.check(latin1, "latin1.txt"), "编码");
    }

    @Test
    void utf16WithoutBomLooksBinary() {
        assertThat(checker.check("一、总体情况\n二、主动公开政府信息情况\n".getBytes(StandardCharsets.UTF_16LE), "u16.txt")
                .unreadable()).isTrue();
    }

    @Test
    void textThatIsNotAReport() {
        assertUnreadable(checker.check("今天天气很好，我们去公园散步。\n".repeat(50).getBytes(StandardCharsets.UTF_8), "news.txt"),
                "不是政府信息公开工作年度报告");
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(200_000) + "一、总体情况" + "</div>".repeat(200_000) + "</body></html>";
        CheckResult result = checker.check(html.getBytes(StandardCharsets.UTF_8), "deep.html");
        assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("意外错误"));
    }

    @Test
    void aHugeTableRowStaysBounded() {
        String row = "一、本年新收政府信息公开申请数量 " + "1 ".repeat(400_000);
        String text = "2025年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + row + "\n四、政府信息公开行政复议、行政诉讼情况\n"
                + "0".repeat(1_000_000) + "\n";
        CheckResult result = checker.check(text.getBytes(StandardCharsets.UTF_8), "huge.txt");
        assertThat(result.unreadable()).isFalse();
        assertThat(result.diagnostics()).anyMatch(d -> d.code().equals(Codes.CELL_MISSING));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertUnreadable(checker.check(dir.resolve("nope.txt")), "无法打开文件");
    }

    private static void assertUnreadable(CheckResult result, String reason) {
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Codes.UNREADABLE);
            assertThat(d.message()).contains(reason);
        });
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BadInputTests.class.getResourceAsStream("/layouts/" + name)) {
            return Objects.requireNonNull(in).readAllBytes();
        }
    }
}
