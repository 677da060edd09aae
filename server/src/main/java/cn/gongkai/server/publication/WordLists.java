package cn.gongkai.server.publication;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import cn.gongkai.server.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The word lists of the pre-review text check: sensitive words and 易错字词 with their correction. */
@Repository
class WordLists {

    /** One word of a list; {@code kind} is SENSITIVE or MISTAKE. */
    record Entry(long id, String kind, String word, @Nullable String suggestion) {
    }

    private final JdbcClient jdbc;
    private final Ids ids;

    WordLists(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    List<Entry> all() {
        return jdbc.sql("SELECT id, kind, word, suggestion FROM word_list_entry ORDER BY kind DESC, word")
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("kind"), rs.getString("word"),
                        rs.getString("suggestion"))).list();
    }

    Optional<Entry> byId(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    boolean contains(String kind, String word) {
        return jdbc.sql("SELECT count(*) FROM word_list_entry WHERE kind = :k AND word = :w").param("k", kind)
                .param("w", word).query(Long.class).single() > 0;
    }

    Entry add(String kind, String word, @Nullable String suggestion) {
        long id = ids.next("word_list_entry");
        jdbc.sql("INSERT INTO word_list_entry (id, kind, word, suggestion) VALUES (:id, :k, :w, :s)").param("id", id)
                .param("k", kind).param("w", word).param("s", suggestion).update();
        return new Entry(id, kind, word, suggestion);
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM word_list_entry WHERE id = :id").param("id", id).update();
    }
}
