package cn.gongkai.server.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts of what an organ published, for its annual report. */
@Service
public class PublicationStats {

    private final JdbcClient jdbc;

    PublicationStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items first published in the year and not withdrawn, by kind (Chinese name), in the kinds' order. */
    public Map<String, Long> publishedByKind(long organId, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            long n = jdbc.sql("""
                    SELECT count(*) FROM publication_item WHERE organ_id = :o AND kind = :k AND status <> 'WITHDRAWN'
                    AND published_on >= :a AND published_on < :b""").param("o", organId).param("k", kind.name())
                    .param("a", LocalDate.of(year, 1, 1)).param("b", LocalDate.of(year + 1, 1, 1)).query(Long.class)
                    .single();
            if (n > 0) {
                counts.put(kind.chinese(), n);
            }
        }
        return counts;
    }
}
