package cn.gongkai.server.supervision;

import cn.gongkai.server.ledger.SubjectTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Inspection findings and letters from the public in the ledger pages: by their numbers (JC2025-0001,
 * xiaopu-J2025-0001), linked to the lists where they are handled (neither has a page of its own).
 */
@Component
class SupervisionTitles implements SubjectTitles {

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        return switch (subjectType) {
            case "inspection" -> Optional.of(new Named(subjectId, "/workspace/inspections", false));
            case "feedback" -> Optional.of(new Named(subjectId, "/workspace/feedback", false));
            default -> Optional.empty();
        };
    }
}
