package cn.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.document.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Word file looks like our PDF: LibreOffice (headless, Debian) converts the DOCX of each of the five
 * townships to PDF, poppler's pdftoppm renders the page of 表三 of both PDFs to PNG (kept in target/visual/
 * for a person to look at), and the vertical rules of 表三's grid, found in the pixels of the row
 * “1.属于国家秘密” (all ten columns have a boundary there), sit at the same places relative to the table's
 * width in both, within 2 % of it.
 */
class VisualGridTests {

    static final Path OUT = Path.of("target", "visual");
    private static final int DPI = 100;
    private static final String ROW = "1.属于国家秘密";

    @Test
    void wordAndPdfHaveTheSameTableGrid() throws Exception {
        boolean tools = onPath("soffice") && onPath("pdftoppm") && PdfWriter.fontInstalled();
        if (!tools) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI must have LibreOffice, poppler and the fonts");
            Assumptions.abort("没有 LibreOffice/poppler/中文字体，跳过版式比对（scripts/install-test-packages.sh 会安装）");
        }
        Files.createDirectories(OUT);
        List<String> seeds = List.of("000", "001", "002", "003", "004");
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + OUT.resolve("lo-profile").toAbsolutePath().toUri(), "--convert-to", "pdf", "--outdir",
                OUT.resolve("word").toString()));
        for (String seed : seeds) {
            var r = NationalLayoutTests.seedReport(seed);
            Files.write(OUT.resolve(seed + ".docx"), DocxRenderer.render(r));
            Files.write(OUT.resolve(seed + ".pdf"), new PdfWriter(null).render(HtmlRenderer.printable(r)));
            command.add(OUT.resolve(seed + ".docx").toString());
        }
        exec(command, 240);
        for (String seed : seeds) {
            List<Double> ours = rules(OUT.resolve(seed + ".pdf"), seed + "-pdf");
            List<Double> word = rules(OUT.resolve("word").resolve(seed + ".pdf"), seed + "-word");
            // 11 rules: the table's two edges and the 9 boundaries between its 10 columns.
            assertThat(ours).as("rules of 表三 in our PDF of %s", seed).hasSize(11);
            assertThat(word).as("rules of 表三 in LibreOffice's PDF of %s's Word file", seed).hasSize(11);
            for (int i = 0; i < ours.size(); i++) {
                assertThat(word.get(i)).as("%s rule %d (share of the table width)", seed, i).isCloseTo(ours.get(i),
                        org.assertj.core.data.Offset.offset(0.02));
            }
        }
    }

    /** The vertical rules crossing the row {@value #ROW}, as shares (0–1) of the table's width. */
    private static List<Double> rules(Path pdf, String name) throws Exception {
        int page = -1;
        float top = 0;
        float bottom = 0;
        List<float[]> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages() && page < 0; p++) {
                Finder f = new Finder();
                f.setStartPage(p);
                f.setEndPage(p);
                f.getText(doc);
                if (f.found != null) {
                    page = p;
                    top = f.found[0];
                    bottom = f.found[1];
                    glyphs = f.glyphs;
                }
            }
        }
        assertThat(page).as("row %s in %s", ROW, pdf).isPositive();
        Path png = OUT.resolve(name);
        exec(List.of("pdftoppm", "-r", Integer.toString(DPI), "-f", Integer.toString(page), "-l", Integer.toString(page), "-png",
                "-singlefile", pdf.toString(), png.toString()), 60);
        BufferedImage img = ImageIO.read(OUT.resolve(name + ".png").toFile());
        int y = Math.round((top + bottom) / 2 * DPI / 72f);
        List<Integer> xs = new ArrayList<>();
        boolean inLine = false;
        int start = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            boolean dark = dark(img, x, y) && !underGlyph(glyphs, x * 72f / DPI, (top + bottom) / 2);
            if (dark && !inLine) {
                start = x;
            }
            if (!dark && inLine) {
                xs.add((start + x - 1) / 2);
            }
            inLine = dark;
        }
        if (xs.size() < 2) {
            return List.of();
        }
        double left = xs.getFirst();
        double width = xs.getLast() - left;
        return xs.stream().map(x -> (x - left) / width).toList();
    }

    private static boolean dark(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        int luma = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
        return luma < 140;
    }

    private static boolean underGlyph(List<float[]> glyphs, float xPt, float yPt) {
        for (float[] g : glyphs) {
            if (xPt >= g[0] - 1 && xPt <= g[1] + 1 && yPt >= g[2] - 1 && yPt <= g[3] + 1) {
                return true;
            }
        }
        return false;
    }

    /** Finds the row's text band (top and bottom in points from the page top) and every glyph's box on the page. */
    private static final class Finder extends PDFTextStripper {

        float[] found;
        final List<float[]> glyphs = new ArrayList<>();

        Finder() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                glyphs.add(new float[] {t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj() - t.getHeightDir(),
                        t.getYDirAdj()});
            }
            int at = text.indexOf(ROW);
            if (found == null && at >= 0) {
                TextPosition first = positions.get(at);
                found = new float[] {first.getYDirAdj() - first.getHeightDir(), first.getYDirAdj()};
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void exec(List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(OUT.resolve("tools.log").toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.getFirst() + " did not finish in " + seconds + " s");
        }
        assertThat(p.exitValue()).as("%s exit code (see %s)", command.getFirst(), OUT.resolve("tools.log")).isZero();
    }
}
