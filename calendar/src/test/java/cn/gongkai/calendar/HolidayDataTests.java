package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped holiday data matches the notices (facts §6), and bad data is refused with its location. */
class HolidayDataTests {

    @Test
    void theShippedNoticesHaveTheAnnouncedNumberOfDays() {
        WorkingDayCalendar c = WorkingDayCalendar.bundled();
        // 2025 春节: 1月28日–2月4日, 8 days; 2025 国庆+中秋: 10月1日–8日, 8 days; 2026 春节: 2月15日–23日, 9 days.
        assertThat(offDays(c, LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))).isEqualTo(8);
        assertThat(offDays(c, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))).isEqualTo(8);
        assertThat(offDays(c, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))).isEqualTo(9);
    }

    @Test
    void everyMakeUpDayIsAWeekendDay() throws Exception {
        String csv = new String(HolidayDataTests.class.getResourceAsStream("/cn/gongkai/calendar/holidays-cn.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<CalendarDay> days = HolidayCsv.read(new StringReader(csv), "holidays-cn.csv");
        assertThat(days).filteredOn(d -> d.kind() == CalendarDay.Kind.WORK)
                .extracting(d -> d.date().getDayOfWeek())
                .allMatch(dow -> dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)
                .hasSize(19);
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndNothingIsLoaded() {
        String csv = """
                # comment
                date,kind,holiday,notice_year
                2025-01-28,off,春节,2025
                2025-02-30,off,春节,2025
                2025-01-27,work,春节,2025
                2025-01-28,off,春节,2025
                2025-05-01,holiday,劳动节,2025
                2027-05-01,off,劳动节,2025
                """;
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader(csv), "my.csv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("my.csv 第 4 行第 1 列：日期“2025-02-30”无效")
                .hasMessageContaining("my.csv 第 5 行第 2 列：2025-01-27 是工作日")
                .hasMessageContaining("my.csv 第 6 行第 1 列：日期 2025-01-28 与第 3 行重复")
                .hasMessageContaining("my.csv 第 7 行第 2 列：类型“holiday”无效")
                .hasMessageContaining("my.csv 第 8 行第 4 列：日期 2027-05-01 不属于 2025 年的放假通知");
    }

    @Test
    void aWrongHeaderIsRefused() {
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader("day,type\n2025-01-01,off\n"), "x.csv"))
                .hasMessageContaining("x.csv 第 1 行第 1 列：表头应为 date,kind,holiday,notice_year");
    }

    private static int offDays(WorkingDayCalendar c, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!c.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
