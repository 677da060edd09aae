package cn.gongkai.server.organs;

import cn.gongkai.server.ledger.SubjectTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names an organ in the ledger pages (the 机关 column, and objects such as its 公开指南) by its name. */
@Component
class OrganTitles implements SubjectTitles {

    private final Organs organs;

    OrganTitles(Organs organs) {
        this.organs = organs;
    }

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        if (!"organ".equals(subjectType) || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return organs.byId(Long.parseLong(subjectId)).map(o -> new Named(o.name(), null));
    }
}
