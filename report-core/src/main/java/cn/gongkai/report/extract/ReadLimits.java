package cn.gongkai.report.extract;

/**
 * Explicit limits on what one file may cost to read, so that a hostile or broken file is refused
 * quickly instead of exhausting memory or time.
 *
 * @param maxBytes      largest file accepted
 * @param maxChars      most characters of text kept after extraction
 * @param maxPdfPages   most PDF pages read (a report has a handful)
 * @param maxUnzipBytes most bytes a DOCX part may inflate to (zip bombs)
 */
public record ReadLimits(long maxBytes, int maxChars, int maxPdfPages, long maxUnzipBytes) {

    public static final ReadLimits DEFAULT = new ReadLimits(20L * 1024 * 1024, 2_000_000, 100, 64L * 1024 * 1024);
}
