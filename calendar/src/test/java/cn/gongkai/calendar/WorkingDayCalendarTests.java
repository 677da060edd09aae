package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Deadlines computed by hand from the State Council notices (facts §6) across 春节, 国庆 and 调休
 * weekends, counting from the day after the start day unless said otherwise.
 */
class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-20 | 20 | 2025-02-21 | 1月26日、2月8日调休上班，1月28日–2月4日春节放假（the issue's own example）
            2024-02-01 |  5 | 2024-02-07 | 2月4日（周日）调休上班
            2024-02-01 | 10 | 2024-02-20 | 除夕2月9日上班；2月10日–17日放假；2月18日（周日）上班
            2025-09-26 |  3 | 2025-09-30 | 9月28日（周日）调休上班
            2025-09-26 |  5 | 2025-10-10 | 国庆中秋10月1日–8日连休
            2025-09-26 |  6 | 2025-10-11 | 10月11日（周六）调休上班
            2024-09-27 |  2 | 2024-09-30 | 9月29日（周日）调休上班
            2024-09-27 |  3 | 2024-10-08 | 国庆10月1日–7日
            2026-02-12 |  3 | 2026-02-24 | 2月14日（周六）上班，2月15日–23日春节放假
            2026-02-23 |  5 | 2026-02-28 | 2月24日–27日为第1–4天，2月28日（周六）调休上班为第5天
            2024-04-26 |  2 | 2024-04-29 | 4月28日（周日）调休上班
            2024-05-10 |  1 | 2024-05-11 | 5月11日（周六）调休上班
            2023-12-29 |  1 | 2024-01-02 | 元旦与周末连休（2023-12-30 起，属2024年通知）
            2025-01-29 |  1 | 2025-02-05 | 从假期中起算
            2025-01-20 |  0 | 2025-01-20 | 零个工作日
            """)
    void deadlinesAcrossHolidays(LocalDate start, int n, LocalDate due, String why) {
        assertThat(calendar.addWorkingDays(start, n, DayCounting.START_DAY_EXCLUDED).date()).as(why).isEqualTo(due);
        if (n > 0) {
            assertThat(calendar.workingDaysBetween(start, due, DayCounting.START_DAY_EXCLUDED).days()).as(why).isEqualTo(n);
        }
    }

    @Test
    void countingTheStartDayIsConfigurable() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 20), 20, DayCounting.START_DAY_INCLUDED).date())
                .isEqualTo(LocalDate.of(2025, 2, 20));
        // A start day that is a holiday cannot be day 1.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 29), 1, DayCounting.START_DAY_INCLUDED).date())
                .isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 21),
                DayCounting.START_DAY_INCLUDED).days()).isEqualTo(21);
    }

    @Test
    void makeUpDaysAreWorkingAndHolidaysAreNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("调休上班（周日）").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 31))).as("春节（周五）").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).as("2024年除夕是工作日").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025国庆中秋第8天").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 15))).as("普通周六").isFalse();
        assertThat(calendar.notice(LocalDate.of(2026, 2, 28)).holiday()).isEqualTo("春节");
    }

    @Test
    void beyondTheLastNoticeIsProvisional() {
        assertThat(calendar.lastAnnouncedYear()).isEqualTo(2026);
        Deadline d = calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20, DayCounting.START_DAY_EXCLUDED);
        // Hand count from Sunday 2026-12-20: 21–25 Dec (5), 28–31 Dec (9), 1 Jan 2027 元旦 (fixed date, off
        // although the 2027 notice is not loaded), 4–8 Jan (14), 11–15 Jan (19), Monday 18 Jan (20).
        assertThat(d.date()).as("weekends and 元旦 in 2027").isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("元旦 2027 without a notice").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("5月3日 is not a fixed-date holiday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).as("国庆 2027 without a notice").isFalse();
        // Without the fixed-date list (a setting) only weekends are off: 1 Jan counts, so 15 Jan.
        assertThat(calendar.withFixedHolidays(java.util.Set.of())
                .addWorkingDays(LocalDate.of(2026, 12, 20), 20, DayCounting.START_DAY_EXCLUDED).date())
                .isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(d.provisional()).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 2), 20, DayCounting.START_DAY_EXCLUDED).provisional())
                .isFalse();
        assertThat(calendar.isAnnounced(LocalDate.of(2023, 6, 1))).as("2023's own notice is not loaded").isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5),
                DayCounting.START_DAY_EXCLUDED).provisional()).isTrue();
    }

    @Test
    void countingBackwardsIsNegative() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 21), LocalDate.of(2025, 1, 20),
                DayCounting.START_DAY_EXCLUDED).days()).isEqualTo(-20);
    }

    @Test
    void absurdSpansAreRefusedNotLooped() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 1), 1_000_000, DayCounting.START_DAY_EXCLUDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("工作日数应在");
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1),
                DayCounting.START_DAY_EXCLUDED)).isInstanceOf(IllegalArgumentException.class);
    }
}
