package cn.gongkai.calendar;

import java.time.LocalDate;

/**
 * One day of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知): a day off
 * inside a holiday block (法定节假日, weekend days of the block included), or a weekend day that is a
 * working day (调休上班).
 *
 * @param holiday    the block it belongs to, e.g. 春节
 * @param noticeYear the year whose notice announced it (2023-12-30 belongs to the 2024 notice)
 */
public record CalendarDay(LocalDate date, Kind kind, String holiday, int noticeYear) {

    /** Whether the day is off or worked. */
    public enum Kind {
        /** 法定节假日 (a day off). */
        OFF("off"),
        /** 调休上班 (a weekend day that is worked). */
        WORK("work");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The kind written {@code off} or {@code work}. */
        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(id);
        }
    }
}
