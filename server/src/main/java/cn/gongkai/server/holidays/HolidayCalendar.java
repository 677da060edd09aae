package cn.gongkai.server.holidays;

import cn.gongkai.calendar.CalendarDataException;
import cn.gongkai.calendar.CalendarDay;
import cn.gongkai.calendar.HolidayCsv;
import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The calendar every deadline counts with, as stored. Read often and changed once a year, so the
 * built calendar is kept in memory and rebuilt after a change commits.
 */
@Service
public class HolidayCalendar {

    /** One notice year as the administrator's page lists it. */
    public record NoticeYear(int year, long daysOff, long workingWeekendDays, List<CalendarDay> days) {
    }

    private final HolidayDays days;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final List<java.time.MonthDay> fixedHolidays;
    private volatile WorkingDayCalendar current;

    HolidayCalendar(HolidayDays days, Ledger ledger, ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${gongkai.calendar.fixed-holidays:01-01,05-01,05-02,10-01,10-02,10-03}")
            String fixedHolidays) {
        this.days = days;
        this.ledger = ledger;
        this.events = events;
        this.fixedHolidays = fixedHolidays(fixedHolidays);
    }

    /** {@code 01-01,05-01,…}: the days off by fixed date in a year whose notice is not loaded yet. */
    static List<java.time.MonthDay> fixedHolidays(String setting) {
        List<java.time.MonthDay> list = new ArrayList<>();
        for (String part : setting.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                list.add(java.time.MonthDay.parse("--" + part.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException("gongkai.calendar.fixed-holidays 中的“" + part.strip()
                        + "”不是月-日（如 01-01），请改正配置");
            }
        }
        return List.copyOf(list);
    }

    /**
     * From 1 November (the notice usually appears in October–November), whether next year's notice
     * is still missing, so that the system administrator is warned: deadlines reaching into it are
     * provisional until it is loaded.
     */
    public boolean nextYearNoticeMissing(LocalDate today) {
        return today.getMonthValue() >= 11 && !current().isAnnounced(LocalDate.of(today.getYear() + 1, 1, 1));
    }

    /** The calendar as stored now; on an empty database, the notices shipped with Gongkai. */
    public WorkingDayCalendar current() {
        WorkingDayCalendar c = current;
        if (c == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                c = current;
            }
        }
        return c;
    }

    private WorkingDayCalendar load() {
        if (days.isEmpty()) {
            days.insert(WorkingDayCalendar.bundled().notices());
        }
        return WorkingDayCalendar.of(days.all()).withFixedHolidays(fixedHolidays);
    }

    public List<NoticeYear> years() {
        Map<Integer, List<CalendarDay>> byYear = current().notices().stream()
                .collect(Collectors.groupingBy(CalendarDay::noticeYear, TreeMap::new, Collectors.toList()));
        List<NoticeYear> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new NoticeYear(year,
                list.stream().filter(d -> d.kind() == CalendarDay.Kind.OFF).count(),
                list.stream().filter(d -> d.kind() == CalendarDay.Kind.WORK).count(), list)));
        return years.reversed();
    }

    /**
     * Replaces the days of one notice year with those of a CSV text in the format of holidays-cn.csv
     * (every line's notice_year must be that year). Nothing changes when anything is wrong.
     */
    @Transactional
    public int replaceYear(StaffUser admin, int year, String csv, String fileName) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw new HolidayException("只有系统管理员可以维护节假日安排");
        }
        if (year < 2000 || year > 2100) {
            throw new HolidayException("年份应在 2000 到 2100 之间");
        }
        List<CalendarDay> parsed;
        try {
            parsed = HolidayCsv.read(new StringReader(csv), fileName);
        } catch (CalendarDataException e) {
            throw new HolidayException(e.getMessage());
        }
        if (parsed.isEmpty()) {
            throw new HolidayException(fileName + "：没有任何日期。一年的通知至少有放假日期");
        }
        List<String> problems = new ArrayList<>();
        for (CalendarDay d : parsed) {
            if (d.noticeYear() != year) {
                problems.add(d.date() + " 的 notice_year 是 " + d.noticeYear() + "，与所选的 " + year + " 年不符");
            } else if (d.date().getYear() < year - 1 || d.date().getYear() > year) {
                problems.add(d.date() + " 不在 " + year + " 年通知的范围内（" + (year - 1) + " 年末至 " + year + " 年）");
            }
        }
        for (LocalDate taken : days.takenByOtherYears(parsed.stream().map(CalendarDay::date).toList(), year)) {
            problems.add(taken + " 已属于另一年的通知，请先核对");
        }
        if (!problems.isEmpty()) {
            throw new HolidayException(fileName + " 有误，未保存：\n" + String.join("\n", problems.subList(0,
                    Math.min(20, problems.size()))));
        }
        int before = days.deleteYear(year);
        days.insert(parsed);
        ledger.record(new Action(admin.username(), null, "calendar-year-replace", "calendar", Integer.toString(year),
                before + " 天", parsed.size() + " 天"));
        events.publishEvent(new CalendarChanged(year));
        return parsed.size();
    }

    @TransactionalEventListener
    void reload(CalendarChanged event) {
        synchronized (this) {
            current = WorkingDayCalendar.of(days.all()).withFixedHolidays(fixedHolidays);
        }
    }
}
