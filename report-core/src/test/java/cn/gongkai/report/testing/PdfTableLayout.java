package cn.gongkai.report.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a report (a tab-separated text fixture) as a PDF whose tables are laid out as real
 * government PDFs are, with explicit positions and a drawing order that differs from the reading
 * order, to reproduce what stream-order extraction gets wrong:
 * <ul>
 *   <li>表三's header words split over two lines, the second line drawn first, and 自然人 written
 *       vertically, one character per line;</li>
 *   <li>each row's numbers drawn before its label, and long labels wrapped with the numbers on the
 *       label's first line;</li>
 *   <li>表四's number row drawn between its header lines.</li>
 * </ul>
 * Other lines are drawn as text, tab-separated fields at fixed column positions.
 */
public final class PdfTableLayout {

    private static final float SIZE = 9;
    private static final float LEADING = SIZE * 1.7f;
    private static final int LABEL_CHARS = 16;

    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;
    private String[] pendingHeader;

    private PdfTableLayout(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
    }

    public static byte[] draw(List<String> lines, Path ttc) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(ttc.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            fonts.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PdfTableLayout p = new PdfTableLayout(doc, PDType0Font.load(doc, first[0], true));
            p.page();
            int section = 0;
            for (String line : lines) {
                if (line.startsWith("三、收到和处理")) {
                    section = 3;
                } else if (line.startsWith("四、政府信息公开行政复议")) {
                    section = 4;
                } else if (line.startsWith("五、")) {
                    section = 5;
                }
                if (section == 3 && line.contains("\t")) {
                    p.requestRow(line);
                } else if (section == 4 && line.contains("\t")) {
                    p.reviewLine(line);
                } else {
                    p.plain(line);
                }
            }
            p.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void page() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - 50;
    }

    private void need(float height) throws IOException {
        if (y - height < 50) {
            page();
        }
    }

    private void text(float x, float at, String s) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, at);
        out.showText(s);
        out.endText();
    }

    private void plain(String line) throws IOException {
        need(LEADING);
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            for (int from = 0; from < Math.max(1, f.length()); from += 45) {
                String part = f.substring(from, Math.min(f.length(), from + 45));
                if (!part.isBlank()) {
                    text(50 + 110 * i, y - (from / 45) * LEADING, part);
                }
            }
            if (f.length() > 45) {
                y -= (f.length() / 45) * LEADING;
            }
        }
        y -= LEADING;
    }

    /** A row (or header line) of 表三: header lines get the split header, rows numbers-first. */
    private void requestRow(String line) throws IOException {
        List<String> labels = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String f : line.split("\t", -1)) {
            if (f.matches("\\d+")) {
                numbers.add(f);
            } else if (!f.isBlank()) {
                labels.add(f);
            }
        }
        if (numbers.isEmpty()) {
            header(labels);
            return;
        }
        String label = String.join("", labels);
        List<String> wrapped = new ArrayList<>();
        for (int from = 0; from < label.length(); from += LABEL_CHARS) {
            wrapped.add(label.substring(from, Math.min(label.length(), from + LABEL_CHARS)));
        }
        need(LEADING * wrapped.size());
        for (int c = 0; c < numbers.size(); c++) {
            text(300 + 35 * c, y, numbers.get(c)); // drawn before the label, on its first line
        }
        for (String part : wrapped) {
            text(50, y, part);
            y -= LEADING;
        }
    }

    /** The header of 表三, drawn second line first, 自然人 vertical. */
    private void header(List<String> labels) throws IOException {
        String joined = String.join("", labels);
        if (!joined.contains("自然人")) {
            if (!joined.contains("商业企业")) {
                need(LEADING);
                text(50, y, joined);
                y -= LEADING;
            }
            return;
        }
        need(LEADING * 3);
        String[][] columns = {{"商业", "企业"}, {"科研", "机构"}, {"社会公", "益组织"}, {"法律服", "务机构"}};
        for (int c = 0; c < columns.length; c++) {
            text(335 + 35 * c, y - 2 * LEADING, columns[c][1]);
        }
        text(355, y, "法人或其他组织");
        for (int c = 0; c < columns.length; c++) {
            text(335 + 35 * c, y - LEADING, columns[c][0]);
        }
        text(475, y - LEADING, "其他");
        text(510, y - LEADING, "总计");
        text(300, y, "自");
        text(300, y - LEADING, "然");
        text(300, y - 2 * LEADING, "人");
        y -= 3 * LEADING;
    }

    /** 表四: the numbers are drawn first, then the header lines above them, the words split in two lines. */
    private void reviewLine(String line) throws IOException {
        if (line.startsWith("行政复议") || line.startsWith("\t")) {
            return; // group captions: drawn with the header words below
        }
        if (!line.matches("[\\d\\t]+")) {
            pendingHeader = line.split("\t", -1);
            return;
        }
        need(LEADING * 6);
        String[] v = line.split("\t");
        for (int i = 0; i < v.length; i++) {
            text(58 + 34 * i, y - 4 * LEADING, v[i]);
        }
        text(80, y, "行政复议");
        text(300, y, "行政诉讼");
        if (pendingHeader != null) {
            for (int i = 0; i < pendingHeader.length; i++) {
                String h = pendingHeader[i];
                text(50 + 34 * i, y - 2 * LEADING, h.substring(0, Math.min(2, h.length())));
                text(50 + 34 * i, y - 3 * LEADING, h.substring(Math.min(2, h.length())));
            }
        }
        text(230, y - LEADING, "未经复议直接起诉");
        text(400, y - LEADING, "复议后起诉");
        y -= 5 * LEADING;
    }
}
