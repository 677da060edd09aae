package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each organ's review chain; an organ without one uses 初审 → 终审. */
@Repository
public class ReviewChains {

    static final ReviewChain DEFAULT = new ReviewChain(List.of(Role.FIRST_REVIEWER, Role.FINAL_REVIEWER));

    private final JdbcClient jdbc;

    ReviewChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewChain forOrgan(long organId) {
        List<Role> steps = jdbc.sql("SELECT role FROM review_step WHERE organ_id = :o ORDER BY position")
                .param("o", organId).query(String.class).list().stream().map(Role::valueOf).toList();
        return steps.isEmpty() ? DEFAULT : new ReviewChain(steps);
    }

    @Transactional
    public void set(long organId, ReviewChain chain) {
        jdbc.sql("DELETE FROM review_step WHERE organ_id = :o").param("o", organId).update();
        for (int i = 0; i < chain.size(); i++) {
            jdbc.sql("INSERT INTO review_step (organ_id, position, role) VALUES (:o, :p, :r)").param("o", organId)
                    .param("p", i + 1).param("r", chain.roleAt(i + 1).name()).update();
        }
    }
}
