package cn.gongkai.report.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Builds a DOCX from a text fixture: lines become paragraphs, runs of tab-separated lines become tables. */
public final class DocxFixtures {

    private DocxFixtures() {
    }

    public static byte[] fromText(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (i < lines.length) {
                if (!lines[i].contains("\t")) {
                    doc.createParagraph().createRun().setText(lines[i]);
                    i++;
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                int width = 0;
                while (i < lines.length && lines[i].contains("\t")) {
                    String[] cells = lines[i].split("\t", -1);
                    rows.add(cells);
                    width = Math.max(width, cells.length);
                    i++;
                }
                XWPFTable table = doc.createTable(rows.size(), width);
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        row.getCell(c).setText(rows.get(r)[c]);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
