package cn.gongkai.server.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import cn.gongkai.server.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored areas, organ selections, entries and notes. */
@Repository
class Catalogs {

    private static final String SEP = "、";

    private final JdbcClient jdbc;
    private final Ids ids;

    Catalogs(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    List<CatalogArea> areas() {
        return jdbc.sql("SELECT code, name, position FROM catalog_area ORDER BY position")
                .query((rs, n) -> new CatalogArea(rs.getString("code"), rs.getString("name"), rs.getInt("position"))).list();
    }

    List<String> selectedAreas(long organId) {
        return jdbc.sql("""
                SELECT s.area_code FROM organ_catalog_area s JOIN catalog_area a ON a.code = s.area_code
                WHERE s.organ_id = :o ORDER BY a.position""").param("o", organId).query(String.class).list();
    }

    void selectAreas(long organId, Collection<String> codes) {
        jdbc.sql("DELETE FROM organ_catalog_area WHERE organ_id = :o").param("o", organId).update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO organ_catalog_area (organ_id, area_code) VALUES (:o, :c)").param("o", organId)
                    .param("c", code).update();
        }
    }

    List<CatalogEntry> entries(long organId) {
        return jdbc.sql("""
                SELECT e.* FROM catalog_entry e JOIN catalog_area a ON a.code = e.area_code
                WHERE e.organ_id = :o ORDER BY a.position, e.id""").param("o", organId).query(Catalogs::entry).list();
    }

    Optional<CatalogEntry> entry(long id) {
        return jdbc.sql("SELECT * FROM catalog_entry WHERE id = :id").param("id", id).query(Catalogs::entry).optional();
    }

    CatalogEntry add(CatalogEntry e) {
        long id = ids.next("catalog_entry");
        jdbc.sql("""
                INSERT INTO catalog_entry (id, organ_id, area_code, first_level, second_level, content_elements, basis,
                    time_limit, time_limit_days, subject, channels, audience, disclosure_mode, levels)
                VALUES (:id, :o, :area, :first, :second, :content, :basis, :limit, :days, :subject, :channels, :audience,
                    :modes, :levels)""")
                .param("id", id).param("o", e.organId()).param("area", e.areaCode()).param("first", e.firstLevel())
                .param("second", e.secondLevel()).param("content", e.contentElements()).param("basis", e.basis())
                .param("limit", e.timeLimit()).param("days", e.timeLimitDays()).param("subject", e.subject())
                .param("channels", String.join(SEP, e.channels())).param("audience", String.join(SEP, e.audience()))
                .param("modes", String.join(SEP, e.modes())).param("levels", String.join(SEP, e.levels())).update();
        return entry(id).orElseThrow();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM catalog_entry WHERE id = :id").param("id", id).update();
    }

    void link(long itemId, @org.jspecify.annotations.Nullable Long entryId) {
        jdbc.sql("DELETE FROM catalog_item WHERE item_id = :i").param("i", itemId).update();
        if (entryId != null) {
            jdbc.sql("INSERT INTO catalog_item (item_id, entry_id) VALUES (:i, :e)").param("i", itemId).param("e", entryId)
                    .update();
        }
    }

    Optional<Long> entryOfItem(long itemId) {
        return jdbc.sql("SELECT entry_id FROM catalog_item WHERE item_id = :i").param("i", itemId).query(Long.class)
                .optional();
    }

    /** Item ids by entry id, for one organ's entries. */
    java.util.Map<Long, List<Long>> itemsByEntry(long organId) {
        java.util.Map<Long, List<Long>> map = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT ci.entry_id, ci.item_id FROM catalog_item ci JOIN catalog_entry e ON e.id = ci.entry_id
                WHERE e.organ_id = :o ORDER BY ci.item_id DESC""").param("o", organId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(p -> map.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p[1]));
        return map;
    }

    int countItems(long entryId) {
        return jdbc.sql("SELECT count(*) FROM catalog_item WHERE entry_id = :e").param("e", entryId).query(Integer.class)
                .single();
    }

    Optional<String> note(long organId) {
        return jdbc.sql("SELECT not_covered_note FROM organ_catalog_note WHERE organ_id = :o").param("o", organId)
                .query(String.class).optional();
    }

    void saveNote(long organId, String note, LocalDate on) {
        jdbc.sql("DELETE FROM organ_catalog_note WHERE organ_id = :o").param("o", organId).update();
        jdbc.sql("INSERT INTO organ_catalog_note (organ_id, not_covered_note, updated_on) VALUES (:o, :n, :d)")
                .param("o", organId).param("n", note).param("d", on).update();
    }

    private static CatalogEntry entry(ResultSet rs, int n) throws SQLException {
        return new CatalogEntry(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("area_code"),
                rs.getString("first_level"), rs.getString("second_level"), rs.getString("content_elements"),
                rs.getString("basis"), rs.getString("time_limit"), rs.getObject("time_limit_days", Integer.class),
                rs.getString("subject"), split(rs.getString("channels")), split(rs.getString("audience")),
                split(rs.getString("disclosure_mode")), split(rs.getString("levels")));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
    }
}
