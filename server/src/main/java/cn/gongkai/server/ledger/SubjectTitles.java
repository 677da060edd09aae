package cn.gongkai.server.ledger;

import java.util.Optional;

/**
 * A module that can name its own ledger objects for the audit pages (an item by its title), and give
 * the staff page where one is shown. The ledger knows no module; the modules register this.
 */
public interface SubjectTitles {

    /** A named object: the title and the page (null when there is none). */
    record Named(String title, @org.jspecify.annotations.Nullable String link) {
    }

    Optional<Named> name(String subjectType, String subjectId);
}
