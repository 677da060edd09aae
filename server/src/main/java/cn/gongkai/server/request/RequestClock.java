package cn.gongkai.server.request;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.calendar.Deadline;
import cn.gongkai.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statutory clock of a request, computed from its events (nothing about it is stored but the
 * events): 20 working days from receipt (Art. 33), restarted from the receipt of a correction
 * (Art. 30), 20 more once extended, with consultations (Art. 32, 34) and, by setting, the wait for a
 * fee left out of the period.
 */
public final class RequestClock {

    /** Art. 32 (third party) and Art. 34 (other organ): the consulted have 15 working days to answer. */
    public static final int CONSULTATION_DAYS = 15;

    static final String ORGAN_CONSULTATION = "征求其他机关意见";

    private final WorkingDayCalendar calendar;
    private final ClockSettings settings;

    public RequestClock(WorkingDayCalendar calendar, ClockSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The clock on {@code today} (or on the day the case closed, if earlier). */
    public ClockState state(List<ClockEvent> events, LocalDate today) {
        List<ClockEvent> ordered = events.stream().sorted(Comparator.comparing(ClockEvent::on)).toList();
        if (ordered.isEmpty() || ordered.getFirst().kind() != ClockEvent.Kind.RECEIVED) {
            throw new IllegalArgumentException("申请的第一个事件应是收到申请");
        }
        LocalDate start = ordered.getFirst().on();
        boolean extended = false;
        int extensionDays = 0;
        boolean waitingForCorrection = false;
        LocalDate correctionDue = null;
        LocalDate feePayBy = null;
        LocalDate closedOn = null;
        List<MutablePause> pauses = new ArrayList<>();
        for (ClockEvent e : ordered) {
            switch (e.kind()) {
                case RECEIVED -> start = e.on();
                case CORRECTION_REQUESTED -> {
                    waitingForCorrection = true;
                    correctionDue = calendar.addWorkingDays(e.on(), e.days(), DayCounting.START_DAY_EXCLUDED).date();
                }
                case CORRECTION_RECEIVED -> {
                    // Art. 30: 答复期限自行政机关收到补正的申请之日起计算 — a new period, from this day.
                    start = e.on();
                    waitingForCorrection = false;
                    correctionDue = null;
                    pauses.clear();
                }
                case EXTENDED -> {
                    // Art. 33: up to 20 working days, as chosen; older records without a length had 20.
                    extended = true;
                    extensionDays = e.days() > 0 ? e.days() : settings.extensionDays();
                }
                case CONSULTATION_STARTED -> pauses.add(new MutablePause("征求意见", e.on()));
                case CONSULTATION_ENDED -> close(pauses, "征求意见", e.on());
                case ORGAN_CONSULTATION_STARTED -> pauses.add(new MutablePause(ORGAN_CONSULTATION, e.on()));
                case ORGAN_CONSULTATION_ENDED -> close(pauses, ORGAN_CONSULTATION, e.on());
                case REASONS_REQUESTED, REASONS_RECEIVED -> {
                    // Art. 35 attaches no pause to asking for reasons; a reasonable but large request gets
                    // its own later date by an extension.
                }
                case FEE_NOTICE_SENT -> {
                    feePayBy = calendar.addWorkingDays(e.on(), settings.feePaymentDays(), DayCounting.START_DAY_EXCLUDED)
                            .date();
                    if (settings.feeWaitPausesClock()) {
                        pauses.add(new MutablePause("等待缴费", e.on()));
                    }
                }
                case FEE_PAID -> {
                    feePayBy = null;
                    close(pauses, "等待缴费", e.on());
                }
                case DECIDED -> closedOn = e.on();
            }
        }
        LocalDate asOf = closedOn != null && closedOn.isBefore(today) ? closedOn : today;
        List<ClockState.Pause> done = new ArrayList<>();
        int paused = 0;
        for (MutablePause p : pauses) {
            LocalDate to = p.to == null ? asOf : p.to;
            int days = to.isAfter(p.from) ? calendar.workingDaysBetween(p.from, to, DayCounting.START_DAY_EXCLUDED).days() : 0;
            paused += days;
            LocalDate answerDue = p.reason.equals("征求意见") || p.reason.equals(ORGAN_CONSULTATION)
                    ? calendar.addWorkingDays(p.from, CONSULTATION_DAYS, DayCounting.START_DAY_EXCLUDED).date() : null;
            done.add(new ClockState.Pause(p.reason, p.from, p.to, days, answerDue));
        }
        if (waitingForCorrection) {
            return new ClockState(start, null, extended, done, true, correctionDue, feePayBy, closedOn, 0, null);
        }
        int period = settings.replyDays() + extensionDays + paused;
        Deadline deadline = calendar.addWorkingDays(start, period, settings.counting());
        int used = asOf.isAfter(start) ? calendar.workingDaysBetween(start, asOf, settings.counting()).days() - paused
                : 0;
        int left = calendar.workingDaysBetween(asOf, deadline.date(), DayCounting.START_DAY_EXCLUDED).days();
        return new ClockState(start, deadline, extended, done, false, null, feePayBy, closedOn, Math.max(0, used),
                closedOn == null ? left : null);
    }

    /** The last day a correction request may be sent (Art. 30: within 7 working days of receipt). */
    public LocalDate correctionRequestBy(LocalDate received) {
        return calendar.addWorkingDays(received, settings.correctionWithin(), DayCounting.START_DAY_EXCLUDED).date();
    }

    public ClockSettings settings() {
        return settings;
    }

    private static void close(List<MutablePause> pauses, String reason, LocalDate on) {
        for (MutablePause p : pauses) {
            if (p.reason.equals(reason) && p.to == null) {
                p.to = on;
                return;
            }
        }
    }

    private static final class MutablePause {
        final String reason;
        final LocalDate from;
        @Nullable LocalDate to;

        MutablePause(String reason, LocalDate from) {
            this.reason = reason;
            this.from = from;
        }
    }
}
