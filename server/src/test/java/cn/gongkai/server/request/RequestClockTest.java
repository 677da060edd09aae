package cn.gongkai.server.request;

import static cn.gongkai.server.request.ClockEvent.Kind.CONSULTATION_ENDED;
import static cn.gongkai.server.request.ClockEvent.Kind.CONSULTATION_STARTED;
import static cn.gongkai.server.request.ClockEvent.Kind.CORRECTION_RECEIVED;
import static cn.gongkai.server.request.ClockEvent.Kind.DECIDED;
import static cn.gongkai.server.request.ClockEvent.Kind.EXTENDED;
import static cn.gongkai.server.request.ClockEvent.Kind.FEE_NOTICE_SENT;
import static cn.gongkai.server.request.ClockEvent.Kind.FEE_PAID;
import static cn.gongkai.server.request.ClockEvent.Kind.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.calendar.Deadline;
import cn.gongkai.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The request clock on cases computed by hand with the 2025 State Council notice (春节 28 Jan – 4 Feb
 * off, Sundays 26 Jan and Saturday 8 Feb worked; 劳动节 1–5 May off, Sunday 27 Apr worked; 端午 31 May –
 * 2 Jun off; 国庆 1–8 Oct off, Sunday 28 Sep and Saturday 11 Oct worked).
 */
class RequestClockTest {

    private final RequestClock clock = new RequestClock(WorkingDayCalendar.bundled(), ClockSettings.DEFAULT);

    private static ClockEvent at(ClockEvent.Kind kind, String date) {
        return ClockEvent.of(kind, LocalDate.parse(date));
    }

    @Test
    void twentyWorkingDaysAcrossTheSpringFestival() {
        // 21 Jan – 24 Jan (4), 26 Jan Sun worked (5), 27 Jan (6), 5–7 Feb (9), 8 Feb Sat worked (10),
        // 10–14 Feb (15), 17–21 Feb (20).
        ClockState s = clock.state(List.of(at(RECEIVED, "2025-01-20")), LocalDate.parse("2025-01-27"));
        assertThat(s.deadline()).isEqualTo(new Deadline(LocalDate.of(2025, 2, 21), false));
        assertThat(s.daysUsed()).isEqualTo(6);
        assertThat(s.daysLeft()).isEqualTo(14);
        assertThat(s.overdue()).isFalse();
    }

    @Test
    void anExtensionAddsTwentyMore() {
        ClockState s = clock.state(List.of(at(RECEIVED, "2025-01-20"), at(EXTENDED, "2025-02-17")),
                LocalDate.parse("2025-02-24"));
        // 24–28 Feb, 3–7, 10–14, 17–21 Mar.
        assertThat(s.deadline().date()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(s.extended()).isTrue();
    }

    @Test
    void aConsultationAcrossNationalDayIsLeftOut() {
        // Received Mon 15 Sep: 16–19 (4), 22–26 (9), 28 Sep Sun worked (10), 29–30 (12), 9–10 Oct (14),
        // 11 Oct Sat worked (15), 13–17 Oct (20) → 17 Oct without the consultation.
        // Consultation 22 Sep – 13 Oct: 23–26 Sep, 28–30 Sep, 9–11 Oct, 13 Oct = 11 working days not counted.
        // 31 working days from 15 Sep → 20–24 Oct (25), 27–31 Oct (30), 3 Nov (31).
        ClockState during = clock.state(List.of(at(RECEIVED, "2025-09-15"), at(CONSULTATION_STARTED, "2025-09-22")),
                LocalDate.parse("2025-09-30"));
        assertThat(during.paused()).isTrue();
        assertThat(during.daysUsed()).isEqualTo(5); // 16–19 and 22 Sep
        // The third party answers within 15 working days: 23–26 Sep (4), 28–30 (7), 9–11 Oct (10), 13–17 Oct (15).
        assertThat(during.pauses().getFirst().answerDue()).isEqualTo(LocalDate.of(2025, 10, 17));
        ClockState after = clock.state(List.of(at(RECEIVED, "2025-09-15"), at(CONSULTATION_STARTED, "2025-09-22"),
                at(CONSULTATION_ENDED, "2025-10-13")), LocalDate.parse("2025-10-14"));
        assertThat(after.pauses()).singleElement().satisfies(p -> assertThat(p.workingDays()).isEqualTo(11));
        assertThat(after.deadline().date()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void aCorrectionStopsTheClockAndStartsANewPeriodFromItsReceipt() {
        // Received Mon 28 Apr; correction asked 30 Apr with 10 working days: 6–9 May (4), 12–16 (9), 19 May (10).
        ClockEvent received = at(RECEIVED, "2025-04-28");
        ClockEvent asked = new ClockEvent(ClockEvent.Kind.CORRECTION_REQUESTED, LocalDate.parse("2025-04-30"), 10);
        ClockState waiting = clock.state(List.of(received, asked), LocalDate.parse("2025-05-08"));
        assertThat(waiting.waitingForCorrection()).isTrue();
        assertThat(waiting.deadline()).isNull();
        assertThat(waiting.correctionDue()).isEqualTo(LocalDate.of(2025, 5, 19));
        // Correction received 12 May: 13–16 (4), 19–23 (9), 26–30 (14), 3–6 Jun after 端午 (18), 9–10 Jun (20).
        ClockState restarted = clock.state(List.of(received, asked, at(CORRECTION_RECEIVED, "2025-05-12")),
                LocalDate.parse("2025-05-12"));
        assertThat(restarted.start()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(restarted.deadline().date()).isEqualTo(LocalDate.of(2025, 6, 10));
        // Art. 30: a correction request within 7 working days of receipt: 29–30 Apr, 6–9 May, 12 May.
        assertThat(clock.correctionRequestBy(LocalDate.of(2025, 4, 28))).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void aFeeNoticeGivesTwentyWorkingDaysToPayAndTheWaitIsNotCounted() {
        ClockState unpaid = clock.state(List.of(at(RECEIVED, "2025-03-03"), at(FEE_NOTICE_SENT, "2025-03-10")),
                LocalDate.parse("2025-03-11"));
        // 11–14 Mar (4), 17–21 (9), 24–28 (14), 31 Mar – 3 Apr (18), 7–8 Apr (20; 4 Apr 清明 off).
        assertThat(unpaid.feePayBy()).isEqualTo(LocalDate.of(2025, 4, 8));
        ClockState paid = clock.state(List.of(at(RECEIVED, "2025-03-03"), at(FEE_NOTICE_SENT, "2025-03-10"),
                at(FEE_PAID, "2025-03-14")), LocalDate.parse("2025-03-14"));
        assertThat(paid.feePayBy()).isNull();
        // Without the wait: 4–7 Mar (4), 10–14 (9), 17–21 (14), 24–28 (19), 31 Mar (20); 4 days waited → 4 Apr is
        // 清明 (off), so 1–3 Apr (23) and 7 Apr (24).
        assertThat(paid.deadline().date()).isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void aClosedCaseStopsCountingAndIsNeverOverdue() {
        ClockState s = clock.state(List.of(at(RECEIVED, "2025-01-20"), at(DECIDED, "2025-02-10")),
                LocalDate.parse("2025-06-01"));
        assertThat(s.closed()).isTrue();
        assertThat(s.overdue()).isFalse();
        assertThat(s.daysLeft()).isNull();
        ClockState late = clock.state(List.of(at(RECEIVED, "2025-01-20")), LocalDate.parse("2025-02-24"));
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysLeft()).isEqualTo(-1);
    }

    @Test
    void beyondTheLastNoticeTheDeadlineIsProvisional() {
        ClockState s = clock.state(List.of(at(RECEIVED, "2026-12-15")), LocalDate.parse("2026-12-16"));
        assertThat(s.deadline().provisional()).isTrue();
    }

    /** For any receipt day and any closed pause, the deadline is the receipt plus 20 plus the paused working days. */
    @Test
    void pausesMoveTheDeadlineByTheirWorkingDaysForRandomDates() {
        WorkingDayCalendar cal = WorkingDayCalendar.bundled();
        SplittableRandom r = new SplittableRandom(2025);
        for (int i = 0; i < 500; i++) {
            LocalDate received = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(900));
            LocalDate from = received.plusDays(r.nextInt(20));
            LocalDate to = from.plusDays(r.nextInt(40));
            int paused = cal.workingDaysBetween(from, to, DayCounting.START_DAY_EXCLUDED).days();
            ClockState s = clock.state(List.of(ClockEvent.of(RECEIVED, received), ClockEvent.of(CONSULTATION_STARTED, from),
                    ClockEvent.of(CONSULTATION_ENDED, to)), to);
            assertThat(s.deadline().date()).as("received %s, paused %s–%s", received, from, to)
                    .isEqualTo(cal.addWorkingDays(received, 20 + paused, DayCounting.START_DAY_EXCLUDED).date());
            if (!s.overdue()) {
                assertThat(s.daysUsed() + s.daysLeft()).as("received %s on %s", received, to).isEqualTo(20);
            }
        }
    }
}
