package cn.gongkai.server.holidays;

import cn.gongkai.calendar.CalendarDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored notice days. */
@Repository
class HolidayDays {

    private final JdbcClient jdbc;

    HolidayDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> all() {
        return jdbc.sql("SELECT on_date, kind, holiday, notice_year FROM calendar_day ORDER BY on_date")
                .query((rs, n) -> new CalendarDay(rs.getObject("on_date", LocalDate.class),
                        CalendarDay.Kind.of(rs.getString("kind")), rs.getString("holiday"), rs.getInt("notice_year")))
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM calendar_day").query(Long.class).single() == 0;
    }

    int deleteYear(int noticeYear) {
        return jdbc.sql("DELETE FROM calendar_day WHERE notice_year = :y").param("y", noticeYear).update();
    }

    void insert(Collection<CalendarDay> days) {
        for (CalendarDay d : days) {
            jdbc.sql("INSERT INTO calendar_day (on_date, kind, holiday, notice_year) VALUES (:d, :k, :h, :y)")
                    .param("d", d.date()).param("k", d.kind().id()).param("h", d.holiday()).param("y", d.noticeYear())
                    .update();
        }
    }

    /** Days of other notice years on the given dates (a date belongs to one notice only). */
    List<LocalDate> takenByOtherYears(Collection<LocalDate> dates, int noticeYear) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT on_date FROM calendar_day WHERE notice_year <> :y AND on_date IN (:days) ORDER BY on_date")
                .param("y", noticeYear).param("days", dates).query(LocalDate.class).list();
    }
}
