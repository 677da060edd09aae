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

    /** Answered after its due day, or still unanswered after it. */
    public boolean late(LocalDate today) {
        return repliedOn != null ? repliedOn.isAfter(dueOn) : today.isAfter(dueOn);
    }
}
