package cn.gongkai.report.render;

import cn.gongkai.report.model.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * An annual report as a Word document: the text of {@link TextRenderer} laid out for print — headings
 * as headings, each table as a real Word table with its labels and numbers in cells, the prose as
 * paragraphs, the signature block right-aligned. What it writes reads back to the same report.
 */
public final class DocxRenderer {

    private DocxRenderer() {
    }

    public static byte[] render(AnnualReport r) {
        String[] lines = TextRenderer.render(r).split("\n", -1);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int i = 0;
            boolean signature = false;
            while (i < lines.length) {
                String line = lines[i];
                if (line.contains("\t")) {
                    // The text renderer writes table rows as tab-separated cells: each run of them is one table.
                    List<String[]> rows = new ArrayList<>();
                    while (i < lines.length && lines[i].contains("\t")) {
                        rows.add(lines[i].split("\t", -1));
                        i++;
                    }
                    table(doc, rows);
                    continue;
                }
                if (line.startsWith("#")) {
                    heading(doc, line.replaceFirst("^#+\\s*", ""), line.startsWith("# ") || line.startsWith("## "));
                } else if (!line.isBlank()) {
                    signature |= r.publishedOn() != null && line.equals(r.organ()) && i >= lines.length - 3;
                    paragraph(doc, line, signature);
                }
                i++;
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        int width = rows.stream().mapToInt(c -> c.length).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                table.getRow(r).getCell(c).setText(rows.get(r)[c]);
            }
        }
    }

    private static void heading(XWPFDocument doc, String text, boolean title) {
        XWPFParagraph p = doc.createParagraph();
        if (title) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(title ? 18 : 15);
        run.setFontFamily("黑体");
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean right) {
        XWPFParagraph p = doc.createParagraph();
        if (right) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        } else {
            p.setIndentationFirstLine(560);
        }
        XWPFRun run = p.createRun();
        run.setFontFamily("仿宋");
        run.setFontSize(14);
        run.setText(text);
    }
}
