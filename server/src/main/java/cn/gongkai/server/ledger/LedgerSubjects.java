package cn.gongkai.server.ledger;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The ledger's own objects: its chain (the one entry that started the keyed chain). */
@Component
class LedgerSubjects implements SubjectTitles {

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        return "ledger".equals(subjectType) && "chain".equals(subjectId) ? Optional.of(new Named("哈希链", null, false))
                : Optional.empty();
    }
}
