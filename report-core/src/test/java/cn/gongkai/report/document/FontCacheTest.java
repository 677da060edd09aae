package cn.gongkai.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font files are read from disk once, not on every render, and the cache keeps to its bound. */
class FontCacheTest {

    @Test
    void threeRendersReadEachFontFileOnce() {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || PdfWriter.fontInstalled(), "fonts-arphic-uming not installed (scripts/install-test-packages.sh)");
        PdfWriter writer = new PdfWriter(null);
        for (int i = 0; i < 3; i++) {
            byte[] pdf = writer.render(HtmlDocument.page("测试", HtmlDocument.printStyle(PageSetup.A4, 16),
                    "<h1>告知书</h1>" + HtmlDocument.p("", "政府信息公开申请第" + i + "份")));
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        // The body face and the heading face: two files (one when only uming is installed), each read once.
        boolean twoFiles = !DocumentFonts.installed(DocumentFonts.BODY).orElseThrow().path()
                .equals(DocumentFonts.installed(DocumentFonts.HEADING).orElseThrow().path());
        assertThat(writer.fontReads()).isEqualTo(twoFiles ? 2 : 1);
    }

    @Test
    void theBoundIsKeptAndAFileOverItIsReadEveryTime(@TempDir Path dir) throws Exception {
        Path a = Files.write(dir.resolve("a.ttf"), new byte[600]);
        Path b = Files.write(dir.resolve("b.ttf"), new byte[600]);
        Path big = Files.write(dir.resolve("big.ttf"), new byte[1500]);
        FontCache cache = new FontCache(1000);
        cache.bytes(a);
        cache.bytes(a);
        assertThat(cache.reads()).isEqualTo(1);
        cache.bytes(b); // 600 + 600 > 1000: a leaves
        assertThat(cache.heldBytes()).isEqualTo(600);
        cache.bytes(a);
        assertThat(cache.reads()).isEqualTo(3);
        cache.bytes(big);
        cache.bytes(big);
        assertThat(cache.reads()).isEqualTo(5);
        assertThat(cache.heldBytes()).isEqualTo(600);
        // Changed on disk: read again.
        Files.write(a, new byte[700]);
        assertThat(cache.bytes(a)).hasSize(700);
        assertThat(cache.reads()).isEqualTo(6);
        assertThat(cache.heldBytes()).isLessThanOrEqualTo(1000);
    }
}
