package cn.gongkai.server.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of normative documents, and the counts table 二 of the annual report takes from it. */
@Repository
public class NormativeDocuments {

    /** 表二 第二十条第（一）项 for 行政规范性文件: issued and repealed in the year, in force at its end. */
    public record YearCounts(long issued, long repealed, long inForce) {
    }

    private static final String SELECT = """
            SELECT n.item_id, n.organ_id, i.title, i.document_number, n.issued_on, n.validity, n.changed_on, n.changed_by
            FROM normative_document n JOIN publication_item i ON i.id = n.item_id""";

    private final JdbcClient jdbc;

    NormativeDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enters a document when it is first published; later publications (corrections) leave it as it is. */
    void register(Item item, LocalDate issuedOn) {
        int exists = jdbc.sql("SELECT count(*) FROM normative_document WHERE item_id = :id").param("id", item.id())
                .query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("""
                    INSERT INTO normative_document (item_id, organ_id, issued_on, validity)
                    VALUES (:id, :organ, :issued, 'IN_FORCE')
                    """).param("id", item.id()).param("organ", item.organId()).param("issued", issuedOn).update();
        }
    }

    void change(long itemId, Validity validity, LocalDate on, String byDocument) {
        jdbc.sql("UPDATE normative_document SET validity = :v, changed_on = :on, changed_by = :by WHERE item_id = :id")
                .param("v", validity.name()).param("on", on).param("by", byDocument).param("id", itemId).update();
    }

    public Optional<NormativeDocument> of(long itemId) {
        return jdbc.sql(SELECT + " WHERE n.item_id = :id").param("id", itemId).query(NormativeDocuments::map).optional();
    }

    public List<NormativeDocument> ofOrgan(long organId) {
        return jdbc.sql(SELECT + " WHERE n.organ_id = :o ORDER BY n.issued_on DESC, n.item_id DESC").param("o", organId)
                .query(NormativeDocuments::map).list();
    }

    /**
     * Issued in the year; repealed in the year; in force on 31 December (issued by then and not repealed
     * by then). An amended document stays in force.
     */
    public YearCounts counts(long organId, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long issued = count("issued_on >= :s AND issued_on <= :e", organId, start, end);
        long repealed = count("validity = 'REPEALED' AND changed_on >= :s AND changed_on <= :e", organId, start, end);
        long inForce = count("issued_on <= :e AND NOT (validity = 'REPEALED' AND changed_on <= :e)",
                organId, start, end);
        return new YearCounts(issued, repealed, inForce);
    }

    private long count(String condition, long organId, LocalDate start, LocalDate end) {
        return jdbc.sql("SELECT count(*) FROM normative_document WHERE organ_id = :o AND " + condition)
                .param("o", organId).param("s", start).param("e", end).query(Long.class).single();
    }

    private static NormativeDocument map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new NormativeDocument(rs.getLong("item_id"), rs.getLong("organ_id"), rs.getString("title"),
                rs.getString("document_number"), rs.getObject("issued_on", LocalDate.class),
                Validity.valueOf(rs.getString("validity")), rs.getObject("changed_on", LocalDate.class),
                rs.getString("changed_by"));
    }
}
