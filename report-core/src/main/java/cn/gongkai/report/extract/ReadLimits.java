package cn.gongkai.report.extract;

import java.time.Duration;

/**
 * Explicit limits on what one file may cost to read, so that a hostile or broken file is refused
 * quickly instead of exhausting memory or time. The extraction limits (characters, pages, glyphs,
 * unpacked bytes, time) are enforced while reading by {@link ExtractionBudget}, not after the whole
 * file was read: a crafted file stops costing the moment it has spent its budget.
 *
 * @param maxBytes         largest file accepted
 * @param maxChars         most characters of text kept after extraction
 * @param maxPdfPages      most PDF pages read (a report has a handful)
 * @param maxUnzipBytes    most bytes one DOCX part (e.g. word/document.xml) may unpack to (zip bombs)
 * @param maxUnzipTotal    most bytes all parts of a DOCX together may unpack to
 * @param maxGlyphs        most glyphs placed on all PDF pages together
 * @param maxGlyphsPerPage most glyphs placed on one PDF page (a dense page of Chinese has a few thousand)
 * @param timeBudget       longest time one file's extraction may take
 */
public record ReadLimits(long maxBytes, int maxChars, int maxPdfPages, long maxUnzipBytes, long maxUnzipTotal,
        long maxGlyphs, int maxGlyphsPerPage, Duration timeBudget) {

    public static final long DEFAULT_UNZIP_TOTAL = 64L * 1024 * 1024;
    public static final long DEFAULT_GLYPHS = 400_000;
    public static final int DEFAULT_GLYPHS_PER_PAGE = 20_000;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(8);

    /**
     * The defaults: a real annual report is a few hundred KB of text, tens of pages, a document.xml of
     * well under 2 MB; each limit leaves a wide margin above that and far below what hurts the server.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(20L * 1024 * 1024, 2_000_000, 100, 8L * 1024 * 1024,
            DEFAULT_UNZIP_TOTAL, DEFAULT_GLYPHS, DEFAULT_GLYPHS_PER_PAGE, DEFAULT_TIME_BUDGET);

    /** The four classic limits, with the default glyph, unpacked-total and time budgets. */
    public ReadLimits(long maxBytes, int maxChars, int maxPdfPages, long maxUnzipBytes) {
        this(maxBytes, maxChars, maxPdfPages, maxUnzipBytes, Math.max(maxUnzipBytes, DEFAULT_UNZIP_TOTAL),
                DEFAULT_GLYPHS, DEFAULT_GLYPHS_PER_PAGE, DEFAULT_TIME_BUDGET);
    }

    public ReadLimits {
        if (maxBytes <= 0 || maxChars <= 0 || maxPdfPages <= 0 || maxUnzipBytes <= 0 || maxUnzipTotal <= 0
                || maxGlyphs <= 0 || maxGlyphsPerPage <= 0 || timeBudget == null || timeBudget.isNegative()
                || timeBudget.isZero()) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }
}
