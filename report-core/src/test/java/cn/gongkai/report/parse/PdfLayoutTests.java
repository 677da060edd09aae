package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.testing.PdfTableLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs laid out as government PDFs are: layouts/base.txt drawn with explicit positions in a drawing
 * order that differs from the reading order (PdfTableLayout: 表三 header split over lines and
 * vertical, numbers drawn before their labels, long labels wrapped with the numbers on their first
 * line, 表四's numbers drawn before its header), and the government-site HTML page printed to PDF by
 * headless Chromium. Each must give the report read by hand off base.txt (LayoutFixtureTests).
 * The PDFs are made in the test (the font and Chromium come from scripts/install-test-packages.sh).
 */
class PdfLayoutTests {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    @Test
    void tablesDrawnOutOfReadingOrderAreReadByPosition() throws IOException {
        assumeAvailable(Files.isReadable(FONT), "缺少中文字体 fonts-wqy-microhei");
        List<String> lines = new String(LayoutFixtureTests.bytes("base.txt"), StandardCharsets.UTF_8).lines().toList();
        byte[] pdf = PdfTableLayout.draw(lines, FONT);
        CheckResult result = CHECKER.check(pdf, "positions.pdf");
        assertThat(result.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
        assertThat(result.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        assertThat(result.report().proactive()).isEqualTo(LayoutFixtureTests.expectedProactive());
        // The header lost 自然人 and 商业企业 as words (vertical, split): the rows' seven numbers say
        // all seven columns are there, so no false T3-MISSING-COLUMN.
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals(Codes.T3_MISSING_COLUMN)
                || d.code().equals(Codes.CELL_MISSING) || d.severity().id().equals("error"));
    }

    @Test
    void aPagePrintedToPdfByChromiumReadsLikeThePage(@TempDir Path dir) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeAvailable(Files.isExecutable(chromium), "缺少 chromium");
        Path html = dir.resolve("page.html");
        Files.write(html, LayoutFixtureTests.bytes("government-site.html"));
        Path pdf = dir.resolve("page.pdf");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf,
                html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assumeAvailable(Files.isRegularFile(pdf) && Files.size(pdf) > 0, "chromium 未能打印 PDF");
        CheckResult result = CHECKER.check(Files.readAllBytes(pdf), "page.pdf");
        assertThat(result.report().organ()).isEqualTo("米易县测试镇人民政府");
        assertThat(result.report().year()).isEqualTo(2025);
        assertThat(result.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
        assertThat(result.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        assertThat(result.report().proactive()).isEqualTo(LayoutFixtureTests.expectedProactive());
    }

    /** Outside CI a missing package skips the test with the reason; in CI (CI=true) it must be there. */
    private static void assumeAvailable(boolean available, String what) {
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(what + "：CI 中应由 scripts/install-test-packages.sh 安装");
        }
        assumeTrue(available, what + "，跳过（运行 scripts/install-test-packages.sh 安装）");
    }
}
