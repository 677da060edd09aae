package cn.gongkai.calendar;

import java.time.LocalDate;

/**
 * A due date, and whether it is provisional: computed across days of a year whose holiday notice
 * is not yet loaded, so that only weekends were known to be off.
 */
public record Deadline(LocalDate date, boolean provisional) {
}
