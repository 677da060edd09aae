package cn.gongkai.server.publication;

import cn.gongkai.server.ledger.SubjectTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names an item in the ledger pages by its title (信息《标题》) and links its workspace page. */
@Component
class ItemTitles implements SubjectTitles {

    private final Items items;

    ItemTitles(Items items) {
        this.items = items;
    }

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        if (!"item".equals(subjectType) || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return items.byId(Long.parseLong(subjectId))
                .map(i -> new Named(i.content().title(), "/workspace/items/" + i.id()));
    }
}
