package cn.gongkai.server.publication;

import cn.gongkai.server.shared.Numbering;
import org.springframework.stereotype.Component;

/**
 * 索引号: {organ code}-{year}-{five-digit sequence}, e.g. puwei-2026-00017. Assigned once, when an
 * item is first published, from the shared per-organ, per-year counter (row-locked, so never reused,
 * and rolled back with a failed publication, so never skipped); stable through corrections and withdrawal.
 */
@Component
class IndexNumbers {

    private final Numbering numbering;

    IndexNumbers(Numbering numbering) {
        this.numbering = numbering;
    }

    String next(long organId, String organCode, int year) {
        return String.format("%s-%d-%05d", organCode, year, numbering.next("index-number", organId, year));
    }
}
