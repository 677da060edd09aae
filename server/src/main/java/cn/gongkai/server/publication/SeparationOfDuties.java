package cn.gongkai.server.publication;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 职责分离 for every review chain (items, annual reports, request decisions): the drafter of a version
 * never reviews it, and one account approves at most one step of a version. An organ may allow a single
 * reviewer for all steps (tiny organs with too few staff for a chain); every approval that relies on it is
 * recorded as such in the ledger. The drafter rule has no exception.
 *
 * <p>A subject is named by a kind and a key (item id, report version id, request id); a version begins
 * with {@link #newVersion} (submission) and its drafters are recorded with {@link #drafted}.
 */
@Service
public class SeparationOfDuties {

    /** Subject kinds. */
    public static final String ITEM = "item";
    public static final String ANNUAL_REPORT = "annual-report";
    public static final String REQUEST_DECISION = "request-decision";

    private final JdbcClient jdbc;
    private final Ledger ledger;

    SeparationOfDuties(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Records that {@code username} wrote (created, edited or submitted) the current version. */
    @Transactional
    public void drafted(String kind, String key, String username) {
        add(kind, key, username, "DRAFT", 0);
    }

    /** A new version goes into review: approvals of the previous round no longer count. */
    @Transactional
    public void newVersion(String kind, String key) {
        jdbc.sql("DELETE FROM review_duty WHERE subject_kind = :k AND subject_key = :s AND duty = 'APPROVE'")
                .param("k", kind).param("s", key).update();
    }

    /** The version was published: the next version (a correction) starts with no drafters and no approvals. */
    @Transactional
    public void finished(String kind, String key) {
        jdbc.sql("DELETE FROM review_duty WHERE subject_kind = :k AND subject_key = :s").param("k", kind).param("s", key)
                .update();
    }

    /**
     * Why {@code username} may not decide (approve or return) {@code step} of the version, or null when
     * they may. Returning is refused to the drafter too: the drafter does not review their own work.
     */
    public @Nullable String refusal(long organId, String kind, String key, String username, int step) {
        List<String> duties = jdbc.sql("""
                SELECT duty || ':' || step FROM review_duty WHERE subject_kind = :k AND subject_key = :s AND username = :u
                """).param("k", kind).param("s", key).param("u", username).query(String.class).list();
        if (duties.contains("DRAFT:0")) {
            return "您参与撰写了这一版本，不能审核自己撰写的内容（职责分离），请由本机关其他审核人审核";
        }
        boolean otherStep = duties.stream().anyMatch(d -> d.startsWith("APPROVE:") && !d.equals("APPROVE:" + step));
        if (otherStep && !singleReviewerAllowed(organId)) {
            return "您已审核通过这一版本的其他步骤，同一人只能审核其中一步（职责分离），请由本机关其他审核人审核";
        }
        return null;
    }

    public boolean mayDecide(long organId, String kind, String key, String username, int step) {
        return refusal(organId, kind, key, username, step) == null;
    }

    /**
     * Records the approval of {@code step}, which the caller has checked with {@link #refusal} (and refused
     * in its own words when not null). An approval by someone who already approved another step (allowed by
     * the organ's setting) is recorded in the ledger as a single-reviewer approval. Returns whether it was one.
     */
    @Transactional
    public boolean recordApproval(long organId, String kind, String key, String username, int step) {
        String refusal = refusal(organId, kind, key, username, step);
        if (refusal != null) {
            throw new IllegalStateException(refusal); // the caller skipped the check: a programming error
        }
        boolean single = jdbc.sql("""
                SELECT count(*) FROM review_duty
                WHERE subject_kind = :k AND subject_key = :s AND username = :u AND duty = 'APPROVE' AND step <> :step
                """).param("k", kind).param("s", key).param("u", username).param("step", step).query(Long.class).single() > 0;
        add(kind, key, username, "APPROVE", step);
        if (single) {
            ledger.record(new Action(username, organId, "single-reviewer-approve", kind, key, null,
                    "第 " + step + " 步由已审核其他步骤的同一人审核（本机关设置允许单人审核）"));
        }
        return single;
    }

    public boolean singleReviewerAllowed(long organId) {
        return jdbc.sql("SELECT single_reviewer FROM review_option WHERE organ_id = :o").param("o", organId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The organ administrator's setting; recorded in the ledger by the caller. */
    @Transactional
    public void allowSingleReviewer(long organId, boolean allowed) {
        if (jdbc.sql("UPDATE review_option SET single_reviewer = :a WHERE organ_id = :o").param("a", allowed)
                .param("o", organId).update() == 0) {
            jdbc.sql("INSERT INTO review_option (organ_id, single_reviewer) VALUES (:o, :a)").param("o", organId)
                    .param("a", allowed).update();
        }
    }

    private void add(String kind, String key, String username, String duty, int step) {
        long present = jdbc.sql("""
                SELECT count(*) FROM review_duty
                WHERE subject_kind = :k AND subject_key = :s AND username = :u AND duty = :d AND step = :step
                """).param("k", kind).param("s", key).param("u", username).param("d", duty).param("step", step)
                .query(Long.class).single();
        if (present == 0) {
            jdbc.sql("""
                    INSERT INTO review_duty (subject_kind, subject_key, username, duty, step) VALUES (:k, :s, :u, :d, :step)
                    """).param("k", kind).param("s", key).param("u", username).param("d", duty).param("step", step)
                    .update();
        }
    }
}
