package cn.gongkai.report.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a report file of any supported kind (text, HTML, PDF, DOCX; UTF-8 or GBK) into
 * {@link SourceText}. The kind is told from the content, not the file name. Thread-safe.
 */
public final class DocumentReader {

    private final ReadLimits limits;

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    public DocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public ReadLimits limits() {
        return limits;
    }

    public SourceText read(Path file) throws UnreadableException {
        try {
            long size = Files.size(file);
            checkSize(size);
            try (InputStream in = Files.newInputStream(file)) {
                return read(in.readNBytes((int) size + 1));
            }
        } catch (IOException e) {
            throw new UnreadableException("无法打开文件（" + e.getMessage() + "）。", e);
        }
    }

    /** Reads at most {@code maxBytes + 1} bytes of a stream, so an oversized upload is refused early. */
    public SourceText read(InputStream in) throws UnreadableException {
        try {
            return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1)));
        } catch (IOException e) {
            throw new UnreadableException("读取文件失败（" + e.getMessage() + "）。", e);
        }
    }

    public SourceText read(byte[] bytes) throws UnreadableException {
        checkSize(bytes.length);
        if (bytes.length == 0) {
            throw new UnreadableException("文件为空。");
        }
        ExtractionBudget budget = ExtractionBudget.start(limits);
        try {
            if (startsWith(bytes, "%PDF-")) {
                boolean truncated = !PdfText.endsWithEofMarker(bytes);
                return new SourceText(PdfText.lines(bytes, limits, budget, truncated), "pdf", null,
                        truncated ? Map.of(SourceText.TRUNCATED, "true") : Map.of());
            }
            if (startsWith(bytes, "PK\u0003\u0004")) {
                return new SourceText(DocxText.lines(bytes, limits, budget), "docx", null);
            }
        } catch (ExtractionBudget.BudgetSpent e) {
            throw new TooComplexException(e.getMessage());
        }
        if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) {
            throw new UnreadableException("这是旧版 Word（.doc）或 Excel 文件，暂不支持。请在 Word/WPS 中另存为 .docx 或 PDF 后重试。");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (text.length() > limits.maxChars()) {
            throw new TooComplexException("文件过大或过于复杂：文字超过 " + limits.maxChars() + " 个字符的上限，不像一份年度报告。");
        }
        if (looksBinary(text)) {
            throw new UnreadableException("文件内容不是文字（含大量控制字符），无法作为年度报告读取。");
        }
        if (looksLikeHtml(text)) {
            return HtmlText.read(text, decoded.charset());
        }
        return new SourceText(TextLines.split(text), "txt", decoded.charset());
    }

    private void checkSize(long size) throws UnreadableException {
        if (size > limits.maxBytes()) {
            throw new UnreadableException("文件大小超过上限 " + (limits.maxBytes() / (1024 * 1024))
                    + " MB，不像一份年度报告。请只上传报告本身。");
        }
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int sample = Math.min(text.length(), 65_536);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > Math.max(8, sample / 100);
    }

    private static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), 4096);
        if (text.indexOf('<') < 0 || text.indexOf('<') >= limit) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<table") && head.contains("<tr")) || head.contains("<p>") || head.contains("<div");
    }
}
