package cn.gongkai.server.organs;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organs' disclosure office details. */
@Repository
public class OrganProfiles {

    private final JdbcClient jdbc;

    OrganProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganProfile> of(long organId) {
        return jdbc.sql("""
                SELECT organ_id, office_name, address, office_hours, phone, fax, email, updated_on, guide_note
                FROM organ_profile WHERE organ_id = :o
                """).param("o", organId)
                .query((rs, n) -> new OrganProfile(rs.getLong("organ_id"), rs.getString("office_name"),
                        rs.getString("address"), rs.getString("office_hours"), rs.getString("phone"), rs.getString("fax"),
                        rs.getString("email"), rs.getObject("updated_on", LocalDate.class),
                        rs.getString("guide_note")))
                .optional();
    }

    public void save(OrganProfile p) {
        jdbc.sql("DELETE FROM organ_profile WHERE organ_id = :o").param("o", p.organId()).update();
        jdbc.sql("""
                INSERT INTO organ_profile (organ_id, office_name, address, office_hours, phone, fax, email, updated_on,
                                           guide_note)
                VALUES (:o, :name, :addr, :hours, :phone, :fax, :email, :updated, :note)
                """).param("o", p.organId()).param("name", p.officeName()).param("addr", p.address())
                .param("hours", p.officeHours()).param("phone", p.phone()).param("fax", p.fax()).param("email", p.email())
                .param("updated", p.updatedOn()).param("note", p.guideNote()).update();
    }
}
