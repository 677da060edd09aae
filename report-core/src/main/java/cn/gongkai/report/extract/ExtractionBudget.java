package cn.gongkai.report.extract;

import java.time.Duration;

/**
 * What one file's extraction may still spend: characters, pages, glyphs, unpacked bytes and time. The
 * extractors call it as they go (per glyph, per page, per written string, per unpacked chunk), and it
 * throws {@link BudgetSpent} the moment a budget is spent, so a crafted file costs at most its budget
 * rather than whatever it takes to read it whole. One per file; not thread-safe.
 */
public final class ExtractionBudget {

    /** Time is read every this many glyphs or operators: System.nanoTime per glyph would itself cost. */
    private static final int TIME_CHECK_EVERY = 1024;

    private final ReadLimits limits;
    private final long deadline;
    private long glyphs;
    private int pageGlyphs;
    private int page;
    private long chars;
    private long unzipped;
    private int ticks;

    private ExtractionBudget(ReadLimits limits, long now) {
        this.limits = limits;
        this.deadline = now + limits.timeBudget().toNanos();
    }

    /** A budget whose time starts now. */
    public static ExtractionBudget start(ReadLimits limits) {
        return new ExtractionBudget(limits, System.nanoTime());
    }

    /** A PDF page begins (1-based). */
    public void page(int number) {
        page = number;
        pageGlyphs = 0;
        checkTime();
    }

    /** One glyph placed on the current page. */
    public void glyph() {
        glyphs++;
        pageGlyphs++;
        if (pageGlyphs > limits.maxGlyphsPerPage()) {
            throw spent("第 " + page + " 页的字形超过每页 " + limits.maxGlyphsPerPage() + " 个的上限");
        }
        if (glyphs > limits.maxGlyphs()) {
            throw spent("读到第 " + page + " 页时字形总数超过 " + limits.maxGlyphs() + " 个的上限");
        }
        tick();
    }

    /** Text written out; {@code where} says where, e.g. “第 3 页” or “第 120 段”. */
    public void chars(int count, String where) {
        chars += count;
        if (chars > limits.maxChars()) {
            throw spent("读到" + where + "时文字超过 " + limits.maxChars() + " 个字符的上限");
        }
        tick();
    }

    /**
     * Bytes unpacked from a zip part; {@code partSoFar} is how much of {@code part} is unpacked.
     * Checks both the part's and the whole file's budget.
     */
    public void unzipped(String part, long partSoFar, int more) {
        unzipped += more;
        if (partSoFar > limits.maxUnzipBytes()) {
            throw spent("DOCX 中的 " + part + " 解压后超过 " + megabytes(limits.maxUnzipBytes()) + " 的上限");
        }
        if (unzipped > limits.maxUnzipTotal()) {
            throw spent("读到 " + part + " 时解压总量超过 " + megabytes(limits.maxUnzipTotal()) + " 的上限");
        }
        checkTime();
    }

    /** Some work was done (an operator, a paragraph): reads the clock now and then. */
    public void tick() {
        if (++ticks % TIME_CHECK_EVERY == 0) {
            checkTime();
        }
    }

    /** Throws once the time budget is spent, or when the thread was interrupted. */
    public void checkTime() {
        // an interrupt is the server's watchdog giving up on this file: stop as if the time were spent
        if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
            throw spent((page > 0 ? "读到第 " + page + " 页时" : "") + "用时超过 " + seconds(limits.timeBudget()) + "的上限");
        }
    }

    public ReadLimits limits() {
        return limits;
    }

    private static BudgetSpent spent(String what) {
        return new BudgetSpent("文件过大或过于复杂：" + what + "，不像一份年度报告。请只上传报告本身（文字版 PDF 或 Word），"
                + "或把报告另存为较小的文件后重试。");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes >> 20) + " MB" : bytes + " 字节";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " 秒" : d.toMillis() + " 毫秒";
    }

    /**
     * A budget was spent. Unchecked, because it is thrown from inside PDFBox's and the XML parser's
     * callbacks, which declare no exception of ours; {@link DocumentReader} turns it into a
     * {@link TooComplexException}.
     */
    public static final class BudgetSpent extends RuntimeException {
        BudgetSpent(String message) {
            super(message, null, false, false); // no stack trace: it is an answer, not a failure
        }
    }
}
