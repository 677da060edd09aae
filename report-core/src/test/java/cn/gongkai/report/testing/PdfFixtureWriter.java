package cn.gongkai.report.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a text fixture as an A4 PDF, one source line per PDF line (tabs become spaces, long lines
 * wrap as a word processor would), with a CJK TrueType font embedded as a subset. Used once to make
 * src/test/resources/layouts/base.pdf; the tests read that committed file and need no font.
 *
 * <p>Run: {@code java -cp … PdfFixtureWriter base.txt base.pdf /usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
 */
public final class PdfFixtureWriter {

    private static final float FONT_SIZE = 11;
    private static final int CHARS_PER_LINE = 40;

    private PdfFixtureWriter() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(Path.of(args[2]).toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            PDPageContentStream out = null;
            float y = 0;
            for (String raw : lines) {
                String line = raw.replace('\t', ' ');
                do {
                    String part = line.length() > CHARS_PER_LINE ? line.substring(0, CHARS_PER_LINE) : line;
                    line = line.substring(part.length());
                    if (out == null || y < 60) {
                        if (out != null) {
                            out.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        out = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - 60;
                    }
                    out.beginText();
                    out.setFont(font, FONT_SIZE);
                    out.newLineAtOffset(50, y);
                    out.showText(part);
                    out.endText();
                    y -= FONT_SIZE * 1.6f;
                } while (!line.isEmpty());
            }
            if (out != null) {
                out.close();
            }
            doc.save(Path.of(args[1]).toFile());
        }
    }
}
