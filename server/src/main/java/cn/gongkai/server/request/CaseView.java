package cn.gongkai.server.request;

import java.util.List;

/** A request as staff see it: the case, its clock today, its history and letters. */
public record CaseView(DisclosureRequest request, ClockState clock, List<RequestEvent> events, List<Letter> letters,
        String maskedIdNumber, String maskedContact) {
}
