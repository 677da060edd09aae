package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the clock over seeded random start days (2024–2026) and periods, checked against a
 * second, deliberately naive implementation written from the notices' definition: a day is worked
 * if it is a 调休 day, or a weekday that is not a holiday.
 */
class WorkingDayPropertiesTests {

    private static final long SEED = 8_2026L;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Test
    void addingThenCountingGivesTheSameNumber() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            LocalDate start = randomDay(random);
            int n = random.nextInt(61);
            LocalDate due = calendar.addWorkingDays(start, n, DayCounting.START_DAY_EXCLUDED).date();
            assertThat(calendar.workingDaysBetween(start, due, DayCounting.START_DAY_EXCLUDED).days())
                    .as("start %s, n %d", start, n).isEqualTo(n);
            if (n > 0) {
                assertThat(calendar.isWorkingDay(due)).as("a deadline falls on a working day: %s", due).isTrue();
                assertThat(due.isAfter(calendar.addWorkingDays(start, n - 1, DayCounting.START_DAY_EXCLUDED).date())).isTrue();
            }
        }
    }

    @Test
    void periodsAddUp() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = randomDay(random);
            int a = random.nextInt(25);
            int b = random.nextInt(25);
            LocalDate stepwise = calendar.addWorkingDays(
                    calendar.addWorkingDays(start, a, DayCounting.START_DAY_EXCLUDED).date(), b, DayCounting.START_DAY_EXCLUDED).date();
            assertThat(stepwise).as("start %s, %d then %d", start, a, b)
                    .isEqualTo(calendar.addWorkingDays(start, a + b, DayCounting.START_DAY_EXCLUDED).date());
        }
    }

    @Test
    void agreesWithANaiveDayByDayCount() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = randomDay(random);
            int n = 1 + random.nextInt(40);
            LocalDate day = start;
            int counted = 0;
            while (counted < n) {
                day = day.plusDays(1);
                if (naiveWorking(day)) {
                    counted++;
                }
            }
            assertThat(calendar.addWorkingDays(start, n, DayCounting.START_DAY_EXCLUDED).date())
                    .as("start %s, n %d", start, n).isEqualTo(day);
        }
    }

    @Test
    void includingTheStartDayShiftsByOneOnlyWhenItIsWorked() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = randomDay(random);
            int n = 1 + random.nextInt(30);
            LocalDate included = calendar.addWorkingDays(start, n, DayCounting.START_DAY_INCLUDED).date();
            int shift = calendar.isWorkingDay(start) ? 1 : 0;
            assertThat(included).as("start %s, n %d", start, n)
                    .isEqualTo(calendar.addWorkingDays(start, n - shift, DayCounting.START_DAY_EXCLUDED).date());
        }
    }

    /** The notices' definition, applied without the calendar's code. */
    private boolean naiveWorking(LocalDate d) {
        CalendarDay notice = calendar.notice(d);
        if (notice != null && notice.kind() == CalendarDay.Kind.WORK) {
            return true;
        }
        if (notice != null) {
            return false;
        }
        return d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private static LocalDate randomDay(Random random) {
        return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365 * 3 - 60));
    }
}
