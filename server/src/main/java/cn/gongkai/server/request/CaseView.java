package cn.gongkai.server.request;

import java.util.List;

/** A request as staff see it: the case, its clock today, its history and letters. */
public record CaseView(DisclosureRequest request, ClockState clock, List<RequestEvent> events, List<Letter> letters,
        String maskedIdNumber, String maskedContact, ApplicantContact maskedFields) {

    /** The text of the latest reply letter, or null: what staff edit before issue. */
    public @org.jspecify.annotations.Nullable String reply() {
        return letters.stream().filter(l -> l.kind() == LetterKind.REPLY).reduce((a, b) -> b).map(Letter::body).orElse(null);
    }
}
