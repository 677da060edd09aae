package cn.gongkai.server.assessment;

import cn.gongkai.server.ledger.SubjectTitles;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A monthly assessment in the ledger pages: 2026 年 10 月 (stored as 2026-10), linked to that month's results. */
@Component
class AssessmentTitles implements SubjectTitles {

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        if (!"assessment".equals(subjectType)) {
            return Optional.empty();
        }
        try {
            YearMonth m = YearMonth.parse(subjectId);
            return Optional.of(new Named(m.getYear() + " 年 " + m.getMonthValue() + " 月", "/workspace/assessment?month=" + m,
                    false));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
