package cn.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The holiday data shipped in the jar, loaded once. */
final class BundledHolidays {

    static final String RESOURCE = "holidays-cn.csv";
    static final WorkingDayCalendar CALENDAR = load();

    private BundledHolidays() {
    }

    private static WorkingDayCalendar load() {
        try (InputStream in = BundledHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("jar 中缺少节假日数据 " + RESOURCE);
            }
            return WorkingDayCalendar.of(HolidayCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CalendarDataException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
