package cn.gongkai.server.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 投诉 or 建议 about an organ's disclosure work, and its answer.
 *
 * @param supervisorOrganId for a complaint, the supervising body that handles it (Art. 51); null for a suggestion
 * @param assignedToOrgan   whether the supervising body gave the complaint to the organ to draft the reply
 * @param draftReply        the organ's reply awaiting the supervising body's review, or null
 */
public record Feedback(long id, long organId, String number, String codeHash, Kind kind, String content,
        @Nullable String contactEnc, boolean mayPublish, LocalDate receivedOn, LocalDate dueOn, @Nullable String assignee,
        @Nullable String reply, @Nullable LocalDate repliedOn, @Nullable String repliedBy, boolean published,
        @Nullable Long supervisorOrganId, boolean assignedToOrgan, @Nullable String draftReply, @Nullable String draftBy,
        boolean draftPublish) {

    /** Whether a supervising body handles it (a complaint), rather than the organ itself (a suggestion). */
    public boolean supervised() {
        return supervisorOrganId != null;
    }

    /** Complaint or suggestion. */
    public enum Kind {
        COMPLAINT("投诉"), SUGGESTION("建议");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public boolean answered() {
        return repliedOn != null;
    }

    /**
     * Whether the answer waits for {@code user} now (his 待办, and whom a notification tells): for a complaint,
     * the supervising body's supervisor or administrator while it has not given it to the organ or has the
     * organ's draft to review (Art. 51); the organ's administrator or the assignee for a suggestion, and for a
     * complaint once it was given to the organ and no draft of theirs is under review.
     */
    public boolean waitsFor(cn.gongkai.server.accounts.StaffUser user) {
        if (answered()) {
            return false;
        }
        boolean supervisor = user.has(cn.gongkai.server.accounts.Role.COUNTY_SUPERVISOR);
        boolean admin = user.has(cn.gongkai.server.accounts.Role.ORGAN_ADMIN);
        if (supervised() && supervisorOrganId == user.organId() && (supervisor || admin)
                && (!assignedToOrgan || draftReply != null)) {
            return true;
        }
        if (organId != user.organId() || supervisor || !(admin || user.username().equals(assignee))) {
            return false;
        }
        return !supervised() || (assignedToOrgan && draftReply == null);
    }

    /** Answered after its due day, or still unanswered after it. */
    public boolean late(LocalDate today) {
        return repliedOn != null ? repliedOn.isAfter(dueOn) : today.isAfter(dueOn);
    }
}
