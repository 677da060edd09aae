package cn.gongkai.server.checker;

import cn.gongkai.report.extract.ReadLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The extraction budgets of one checked file (README: 体检的限制), spent while the file is read: a file that
 * would cost more is answered with INPUT-TOO-COMPLEX. Missing values take the report core's defaults
 * ({@link ReadLimits#DEFAULT}); the largest file is Spring's multipart max-file-size.
 *
 * @param maxChars         characters of text (default 2,000,000)
 * @param maxPages         PDF pages read (default 100)
 * @param maxGlyphs        PDF glyphs on all pages (default 400,000)
 * @param maxGlyphsPerPage PDF glyphs on one page (default 20,000)
 * @param maxUnzipPart     bytes one DOCX part may unpack to (default 8 MB)
 * @param maxUnzipTotal    bytes a DOCX may unpack to in all (default 64 MB)
 * @param time             time one file may take (default 8 s); a watchdog answers 2 s after it at the latest
 */
@ConfigurationProperties("gongkai.checker.budget")
record CheckBudgetSettings(int maxChars, int maxPages, long maxGlyphs, int maxGlyphsPerPage, DataSize maxUnzipPart,
        DataSize maxUnzipTotal, Duration time) {

    ReadLimits limits(long maxBytes) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(maxBytes, maxChars > 0 ? maxChars : d.maxChars(), maxPages > 0 ? maxPages : d.maxPdfPages(),
                maxUnzipPart != null ? maxUnzipPart.toBytes() : d.maxUnzipBytes(),
                maxUnzipTotal != null ? maxUnzipTotal.toBytes() : d.maxUnzipTotal(),
                maxGlyphs > 0 ? maxGlyphs : d.maxGlyphs(), maxGlyphsPerPage > 0 ? maxGlyphsPerPage : d.maxGlyphsPerPage(),
                time != null && !time.isZero() && !time.isNegative() ? time : d.timeBudget());
    }
}
