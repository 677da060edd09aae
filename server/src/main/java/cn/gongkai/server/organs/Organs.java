package cn.gongkai.server.organs;

import cn.gongkai.report.model.OrganKind;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organs of the platform. */
@Repository
public class Organs {

    private final JdbcClient jdbc;

    Organs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organ> all() {
        return jdbc.sql("SELECT id, code, name, kind, parent_id FROM organ ORDER BY id").query(Organs::map).list();
    }

    public Optional<Organ> byId(long id) {
        return jdbc.sql("SELECT id, code, name, kind, parent_id FROM organ WHERE id = :id").param("id", id)
                .query(Organs::map).optional();
    }

    public Optional<Organ> byCode(String code) {
        return jdbc.sql("SELECT id, code, name, kind, parent_id FROM organ WHERE code = :code").param("code", code)
                .query(Organs::map).optional();
    }

    public List<Organ> children(long parentId) {
        return jdbc.sql("SELECT id, code, name, kind, parent_id FROM organ WHERE parent_id = :p ORDER BY id")
                .param("p", parentId).query(Organs::map).list();
    }

    public void add(Organ organ) {
        jdbc.sql("INSERT INTO organ (id, code, name, kind, parent_id) VALUES (:id, :code, :name, :kind, :parent)")
                .param("id", organ.id()).param("code", organ.code()).param("name", organ.name())
                .param("kind", organ.kind().id()).param("parent", organ.parentId()).update();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM organ").query(Long.class).single() == 0;
    }

    private static Organ map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent; // asked right after the read it is about
        return new Organ(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrganKind.fromId(rs.getString("kind")), parentId);
    }
}
