package cn.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * China's working days: Monday to Friday, except the statutory holidays (法定节假日) of the loaded
 * notices, plus the weekend days those notices make working days (调休上班). Immutable and
 * thread-safe. Counting past the last announced year is possible but marked provisional, because
 * that year's notice (usually published in October–November) may move days.
 *
 * <p>Deadlines are computed here once and stored by the callers; “overdue” is then a comparison of
 * dates (style.md §7).
 */
public final class WorkingDayCalendar {

    /** More working days than any statutory period, so that a typo cannot loop for years. */
    public static final int MAX_DAYS = 3650;

    /** The fixed-date statutory holidays of the 2025 放假办法 (元旦 1 day, 劳动节 2 days, 国庆节 3 days). */
    public static final java.util.Set<MonthDay> FIXED_HOLIDAYS = java.util.Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 2), MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    private final Map<LocalDate, CalendarDay> days;
    private final java.util.Set<Integer> announcedYears;
    private final int lastAnnouncedYear;
    private final java.util.Set<MonthDay> fixedHolidays;

    private WorkingDayCalendar(Map<LocalDate, CalendarDay> days, java.util.Set<MonthDay> fixedHolidays) {
        this.days = Collections.unmodifiableMap(days);
        this.fixedHolidays = java.util.Set.copyOf(fixedHolidays);
        this.announcedYears = days.values().stream().map(CalendarDay::noticeYear)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.lastAnnouncedYear = announcedYears.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** A calendar of the given notice days (later entries for the same date replace earlier ones). */
    public static WorkingDayCalendar of(Collection<CalendarDay> notices) {
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        for (CalendarDay d : notices) {
            map.put(d.date(), d);
        }
        return new WorkingDayCalendar(map, FIXED_HOLIDAYS);
    }

    /** This calendar with another list of fixed-date holidays for the years without a notice. */
    public WorkingDayCalendar withFixedHolidays(java.util.Collection<MonthDay> fixed) {
        return new WorkingDayCalendar(new HashMap<>(days), java.util.Set.copyOf(fixed));
    }

    /** The fixed-date holidays assumed in years whose notice is not loaded. */
    public java.util.Set<MonthDay> fixedHolidays() {
        return fixedHolidays;
    }

    /** The holiday notices shipped with Gongkai (2024–2026; see holidays-cn.csv for sources). */
    public static WorkingDayCalendar bundled() {
        return BundledHolidays.CALENDAR;
    }

    /** Every notice day of this calendar, by date. */
    public java.util.List<CalendarDay> notices() {
        return days.values().stream().sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
    }

    /** The last year whose holiday notice is loaded; days after it are provisional. */
    public int lastAnnouncedYear() {
        return lastAnnouncedYear;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay notice = days.get(date);
        if (notice != null) {
            return notice.kind() == CalendarDay.Kind.WORK;
        }
        if (!isAnnounced(date) && fixedHolidays.contains(MonthDay.from(date))) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * Whether the arrangement of this day is announced: its own year's notice is loaded (2023-12-30
     * is in the 2024 notice, but 2023 itself is not announced unless its notice is loaded).
     */
    public boolean isAnnounced(LocalDate date) {
        return announcedYears.contains(date.getYear());
    }

    /** The holiday block a day belongs to (春节, 国庆节, …), or null. */
    public CalendarDay notice(LocalDate date) {
        return days.get(date);
    }

    /**
     * The day on which {@code n} working days from {@code start} are complete: with the default
     * counting, day 1 is the first working day after {@code start} (Art. 33's “自收到申请之日起20个工作日内”).
     */
    public Deadline addWorkingDays(LocalDate start, int n, DayCounting counting) {
        if (n < 0 || n > MAX_DAYS) {
            throw new IllegalArgumentException("工作日数应在 0 到 " + MAX_DAYS + " 之间：" + n);
        }
        boolean provisional = !isAnnounced(start);
        LocalDate day = start;
        int counted = counting == DayCounting.START_DAY_INCLUDED && n > 0 && isWorkingDay(start) ? 1 : 0;
        while (counted < n) {
            day = day.plusDays(1);
            provisional |= !isAnnounced(day);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(day, provisional);
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to} (with
     * {@link DayCounting#START_DAY_INCLUDED}, {@code from} counts too); negative when {@code to}
     * is before {@code from}.
     */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to, DayCounting counting) {
        if (to.isBefore(from)) {
            WorkingDayCount back = workingDaysBetween(to, from, counting);
            return new WorkingDayCount(-back.days(), back.provisional());
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > 4L * MAX_DAYS) {
            throw new IllegalArgumentException("日期相距过远（超过 " + 4 * MAX_DAYS + " 天）：" + from + " 至 " + to);
        }
        int count = counting == DayCounting.START_DAY_INCLUDED && isWorkingDay(from) ? 1 : 0;
        boolean provisional = !isAnnounced(from) || !isAnnounced(to);
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return new WorkingDayCount(count, provisional);
    }
}
