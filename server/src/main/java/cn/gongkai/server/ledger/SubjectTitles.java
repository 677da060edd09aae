package cn.gongkai.server.ledger;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A module that can name its own ledger objects for the audit pages (an item by its title), and give
 * the staff page where one is shown. The ledger knows no module; the modules register this.
 */
public interface SubjectTitles {

    /**
     * A named object: the title, the page (null when there is none), and whether the title is a name to
     * quote (信息《标题》) or an identifier shown as it is (申请 xiaopu-2025-0001).
     */
    record Named(String title, @Nullable String link, boolean quoted) {

        public Named(String title, @Nullable String link) {
            this(title, link, true);
        }
    }

    Optional<Named> name(String subjectType, String subjectId);
}
