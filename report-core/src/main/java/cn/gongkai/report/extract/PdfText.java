package cn.gongkai.report.extract;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Extracts the text of a PDF with PDFBox, bounded in memory and pages. */
final class PdfText {

    private PdfText() {
    }

    /** A complete PDF ends with %%EOF, possibly followed by a line end or padding. */
    static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Whether the bytes hold at least one PDF object ("N G obj"), i.e. are the start of a real document. */
    private static boolean holdsAnObject(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(" obj");
    }

    /**
     * The text lines of a PDF. {@code truncated} (no %%EOF: a capture cut short): PDFBox's lenient parser
     * rebuilds what it can, and what cannot be read gives no lines instead of a refusal — the checker then
     * answers "incomplete" with the sections it did not find (REPORT-INCOMPLETE), never zeros. Only a file cut
     * with no PDF object at all is refused (there is no document in it to answer for).
     */
    static List<String> lines(byte[] bytes, ReadLimits limits, ExtractionBudget budget, boolean truncated)
            throws UnreadableException {
        if (truncated) {
            try {
                return read(bytes, limits, budget, true);
            } catch (ExtractionBudget.BudgetSpent spent) {
                throw spent; // a reading budget, not the cut
            } catch (RuntimeException e) {
                return List.of(); // the document opened, but its text broke off at the cut
            }
        }
        return read(bytes, limits, budget, false);
    }

    private static List<String> read(byte[] bytes, ReadLimits limits, ExtractionBudget budget, boolean truncated)
            throws UnreadableException {
        // Main memory only, capped: a PDF that needs more is refused rather than spilling to disk.
        RandomAccessStreamCache.StreamCacheCreateFunction cache =
                MemoryUsageSetting.setupMainMemoryOnly(Math.max(limits.maxBytes() * 4, 64L * 1024 * 1024))
                        .streamCache;
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, cache)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableException("PDF 文件没有页面。");
            }
            // Budgeted (BudgetedTextStripper), rows and columns from the glyphs' positions (PdfRows), whoever made
            // the PDF: no special case by producer.
            PDFTextStripper stripper = new PdfRows(budget);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, limits.maxPdfPages()));
            String text = stripper.getText(doc);
            if (text.length() > limits.maxChars()) {
                throw new UnreadableException("PDF 提取出的文字超过 " + limits.maxChars() + " 个字符，不像一份年度报告。");
            }
            if (text.isBlank() && truncated) {
                return List.of(); // opened, but nothing before the cut is text: every figure stays unknown
            }
            if (text.isBlank()) {
                throw new UnreadableException("PDF 中没有可提取的文字（可能是扫描件图片）。请提供文字版 PDF 或先进行文字识别。");
            }
            return TextLines.split(text);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("PDF 已加密，需要密码才能打开。请提供未加密的文件。", e);
        } catch (IOException e) {
            if (truncated && holdsAnObject(bytes)) {
                return List.of(); // a capture cut before PDFBox could rebuild the document: incomplete, all unknown
            }
            if (truncated) {
                // Not one PDF object after the header: no document at all, nothing of a report to answer for.
                throw new UnreadableException("PDF 文件不完整（缺少文件结尾标记 %%EOF），其中没有任何 PDF 对象，无法读取。请重新获取完整文件。", e);
            }
            throw new UnreadableException("PDF 文件已损坏或不完整，无法读取（" + e.getMessage() + "）。", e);
        }
    }
}
