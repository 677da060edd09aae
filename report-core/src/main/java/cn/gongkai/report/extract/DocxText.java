package cn.gongkai.report.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Extracts a DOCX's paragraphs and tables in document order with Apache POI: a paragraph per line,
 * a table row per line with tab-separated cells. POI's zip guards refuse zip bombs.
 */
final class DocxText {

    static {
        // A text part that inflates more than 100 times its compressed size is a bomb, not a report.
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private DocxText() {
    }

    static List<String> lines(byte[] bytes, ReadLimits limits, ExtractionBudget budget) throws UnreadableException {
        ZipSecureFile.setMaxEntrySize(limits.maxUnzipBytes());
        try {
            ZipBudget.check(bytes, budget);
        } catch (IOException e) {
            // not readable as a plain zip stream: POI (with its own zip guards) decides below
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> out = new ArrayList<>();
            int[] chars = {0};
            for (IBodyElement element : doc.getBodyElements()) {
                budget.tick();
                if (element instanceof XWPFParagraph p) {
                    add(out, p.getText(), chars, limits);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        budget.tick();
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("[\\t\\r\\n]+", " ").trim());
                        }
                        add(out, String.join("\t", cells), chars, limits);
                    }
                }
            }
            return out;
        } catch (ExtractionBudget.BudgetSpent e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals bombs and damaged packages with IOException or unchecked exceptions alike.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (reason.contains("Zip bomb") || reason.contains("exceeds the max") || reason.contains("ratio")) {
                throw new UnreadableException("DOCX 文件解压后体积异常（疑似压缩炸弹），已拒绝读取。", e);
            }
            throw new UnreadableException("DOCX 文件已损坏或不是 Word 文档，无法读取（" + abbreviate(reason) + "）。", e);
        }
    }

    private static void add(List<String> out, String line, int[] chars, ReadLimits limits) throws UnreadableException {
        chars[0] += line.length();
        if (chars[0] > limits.maxChars()) {
            throw new TooComplexException("文件过大或过于复杂：DOCX 读到第 " + (out.size() + 1) + " 段时文字超过 "
                    + limits.maxChars() + " 个字符的上限，不像一份年度报告。");
        }
        out.add(line);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
