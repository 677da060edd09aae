package cn.gongkai.server.request;

import java.time.LocalDate;

/**
 * A letter issued in a request's handling, kept with the case; {@code body} is plain text, paragraphs by
 * line, ending with the contact, the seal line and the date.
 *
 * @param number   the letter's own number (文号, per organ and year), null for letters issued before numbering
 * @param editedBy   who last edited the text before issue, or null
 * @param reviewStep the review-chain step an edited letter waits at, or null when it is issued
 */
public record Letter(long id, long requestId, LetterKind kind, String title, String body, LocalDate issuedOn,
        String createdBy, @org.jspecify.annotations.Nullable String number,
        @org.jspecify.annotations.Nullable String editedBy, @org.jspecify.annotations.Nullable Integer reviewStep) {

    /** Whether the letter is out (as generated, or its edited text approved at every review step). */
    public boolean issued() {
        return reviewStep == null;
    }

    /**
     * Letters the applicant may read: not those addressed to a third party, not an edited letter still in
     * review, and the reply once it is sent.
     */
    public boolean forApplicant(boolean caseClosed) {
        if (!issued()) {
            return false;
        }
        return switch (kind) {
            case THIRD_PARTY_CONSULTATION, ORGAN_CONSULTATION, THIRD_PARTY_DISCLOSURE_NOTICE -> false;
            case REPLY -> caseClosed;
            default -> true;
        };
    }
}
