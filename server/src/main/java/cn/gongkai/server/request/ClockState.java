package cn.gongkai.server.request;

import cn.gongkai.calendar.Deadline;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a request's clock stands on a given day.
 *
 * @param start          the day the reply period runs from: receipt, or receipt of the correction
 * @param deadline       the reply deadline; null while the clock waits for a correction
 * @param pauses         the times not counted (consultations, fee waits), each with its reason
 * @param correctionDue  the last day for the applicant's correction, while one is awaited
 * @param feePayBy       the last day to pay a fee notice, while one is unpaid
 * @param daysUsed       working days of the period used so far (pauses left out)
 * @param daysLeft       working days left to the deadline (negative: overdue); null without deadline
 */
public record ClockState(LocalDate start, @Nullable Deadline deadline, boolean extended, List<Pause> pauses,
        boolean waitingForCorrection, @Nullable LocalDate correctionDue, @Nullable LocalDate feePayBy,
        @Nullable LocalDate closedOn, int daysUsed, @Nullable Integer daysLeft) {

    /**
     * A time the clock did not run; {@code to} is null while it lasts. {@code answerDue} is the last day
     * for the consulted party's opinion (Art. 32, 34: 15 working days), or null for a fee wait.
     */
    public record Pause(String reason, LocalDate from, @Nullable LocalDate to, int workingDays,
            @Nullable LocalDate answerDue) {
    }

    public boolean closed() {
        return closedOn != null;
    }

    public boolean overdue() {
        return !closed() && daysLeft != null && daysLeft < 0;
    }

    /** Open, with a deadline at most {@code days} working days away. */
    public boolean dueWithin(int days) {
        return !closed() && daysLeft != null && daysLeft >= 0 && daysLeft <= days;
    }

    public boolean paused() {
        return waitingForCorrection || pauses.stream().anyMatch(p -> p.to() == null);
    }
}
