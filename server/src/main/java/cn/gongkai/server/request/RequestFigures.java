package cn.gongkai.server.request;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a year's annual report needs of the organ's requests: table 三's facts, timeliness, fee figures. */
@Service
public class RequestFigures {

    /** Requests of the organ closed in the year, and how many of them before their deadline (extensions included). */
    public record Timeliness(int closed, int onTime) {
    }

    /** Section 六's fee figures of a year: notices issued (count, amount) and fees received. */
    public record FeeFigures(int notices, long noticedAmount, long received) {
    }

    private final Requests requests;
    private final RequestService service;

    RequestFigures(Requests requests, RequestService service) {
        this.requests = requests;
        this.service = service;
    }

    public List<CaseFacts> facts(long organId) {
        return requests.forOrgan(organId).stream().map(r -> new CaseFacts(r.applicantType(), r.receivedOn(),
                r.status() == RequestStatus.CLOSED ? r.closedOn() : null,
                r.status() == RequestStatus.CLOSED ? r.outcome() : null)).toList();
    }

    public Timeliness timeliness(long organId, int year) {
        return timeliness(organId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Requests closed from {@code from} to {@code to} (both included), and how many before their deadline. */
    public Timeliness timeliness(long organId, LocalDate from, LocalDate to) {
        int closed = 0;
        int onTime = 0;
        RequestClock clock = service.clock();
        for (DisclosureRequest r : requests.forOrgan(organId)) {
            if (r.status() != RequestStatus.CLOSED || r.closedOn() == null || r.closedOn().isBefore(from)
                    || r.closedOn().isAfter(to)) {
                continue;
            }
            closed++;
            ClockState s = clock.state(requests.events(r.id()).stream().map(RequestEvent::clockEvent).toList(), r.closedOn());
            if (s.deadline() == null || !r.closedOn().isAfter(s.deadline().date())) {
                onTime++;
            }
        }
        return new Timeliness(closed, onTime);
    }

    /** Requests received by {@code day} and still unanswered on it past their deadline, as the clock stood that day. */
    public int overdueOn(long organId, LocalDate day) {
        int overdue = 0;
        RequestClock clock = service.clock();
        for (DisclosureRequest r : requests.forOrgan(organId)) {
            if (r.receivedOn().isAfter(day) || (r.closedOn() != null && !r.closedOn().isAfter(day))) {
                continue;
            }
            List<ClockEvent> events = requests.events(r.id()).stream().map(RequestEvent::clockEvent)
                    .filter(e -> !e.on().isAfter(day)).toList();
            if (clock.state(events, day).overdue()) {
                overdue++;
            }
        }
        return overdue;
    }

    public FeeFigures fees(long organId, int year) {
        int n = 0;
        long noticed = 0;
        long received = 0;
        // One query for the year's fee events of all the organ's requests, not one per request.
        for (Requests.FeeEvent e : requests.feeEvents(organId, year)) {
            if (e.kind() == ClockEvent.Kind.FEE_NOTICE_SENT) {
                n++;
                noticed += e.amount() == null ? 0 : e.amount();
            } else {
                received += e.paid() == null ? 0 : e.paid();
            }
        }
        return new FeeFigures(n, noticed, received);
    }
}
