package cn.gongkai.server.request;

import java.time.LocalDate;

/** A letter issued in a request's handling, kept with the case; {@code body} is plain text, paragraphs by line. */
public record Letter(long id, long requestId, LetterKind kind, String title, String body, LocalDate issuedOn,
        String createdBy) {
}
