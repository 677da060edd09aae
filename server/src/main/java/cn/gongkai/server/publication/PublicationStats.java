package cn.gongkai.server.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts of what an organ published, for its annual report. */
@Service
public class PublicationStats {

    private final JdbcClient jdbc;
    private final PublicationDeadline deadlines;

    PublicationStats(JdbcClient jdbc, PublicationDeadline deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** Statutory items due in a period (Art. 26) and how many of them were published by their deadline. */
    public record Timeliness(int due, int onTime) {
    }

    /** Items first published in the year and not withdrawn, by kind (Chinese name), in the kinds' order. */
    public Map<String, Long> publishedByKind(long organId, int year) {
        return publishedByKind(organId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Items first published from {@code from} to {@code to} (both included) and not withdrawn, by kind. */
    public Map<String, Long> publishedByKind(long organId, LocalDate from, LocalDate to) {
        Map<ItemKind, Long> byKind = new java.util.EnumMap<>(ItemKind.class);
        jdbc.sql("""
                SELECT kind, count(*) AS n FROM publication_item WHERE organ_id = :o AND status <> 'WITHDRAWN'
                AND published_on >= :a AND published_on <= :b GROUP BY kind""").param("o", organId).param("a", from)
                .param("b", to).query((rs, i) -> byKind.put(ItemKind.valueOf(rs.getString("kind")), rs.getLong("n"))).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        byKind.forEach((kind, n) -> counts.put(kind.chinese(), n));
        return counts;
    }

    /**
     * Art. 26 over a period: the statutory items (with a 成文日期) published in it, and those still unpublished
     * at its end though their 20 working days had run out; on time are the published ones within their deadline.
     */
    public Timeliness statutory(long organId, LocalDate from, LocalDate to) {
        int due = 0;
        int onTime = 0;
        List<LocalDate[]> dates = jdbc.sql("""
                SELECT written_on, published_on FROM publication_item WHERE organ_id = :o AND status <> 'WITHDRAWN'
                AND kind IN ('NORMATIVE_DOCUMENT', 'STATUTORY') AND written_on IS NOT NULL AND written_on <= :to""")
                .param("o", organId).param("to", to).query((rs, n) -> new LocalDate[] {
                        rs.getObject("written_on", LocalDate.class), rs.getObject("published_on", LocalDate.class)}).list();
        for (LocalDate[] d : dates) {
            LocalDate deadline = deadlines.dateFor(d[0]);
            LocalDate published = d[1];
            if (published != null && !published.isBefore(from) && !published.isAfter(to)) {
                due++;
                onTime += published.isAfter(deadline) ? 0 : 1;
            } else if ((published == null || published.isAfter(to)) && deadline.isBefore(to)) {
                due++;
            }
        }
        return new Timeliness(due, onTime);
    }

    /** Review decisions taken in a year on the organ's items, and how many recorded a confidentiality review (保密审查). */
    public record Reviews(int decisions, int confidentiality) {
    }

    public Reviews reviews(long organId, int year) {
        return jdbc.sql("""
                SELECT count(*) AS n, count(r.confidentiality) AS c FROM review_record r
                JOIN publication_item i ON i.id = r.item_id
                WHERE i.organ_id = :o AND r.decided_at >= :a AND r.decided_at < :b""").param("o", organId)
                .param("a", java.time.OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(8)))
                .param("b", java.time.OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(8)))
                .query((rs, n) -> new Reviews(rs.getInt("n"), rs.getInt("c"))).single();
    }
}
