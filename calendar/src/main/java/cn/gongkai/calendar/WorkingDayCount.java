package cn.gongkai.calendar;

/** A number of working days, and whether it is provisional (it spans a year not yet announced). */
public record WorkingDayCount(int days, boolean provisional) {
}
