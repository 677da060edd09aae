package cn.gongkai.server.publication;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.calendar.Deadline;
import cn.gongkai.server.holidays.HolidayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Art. 26: information within the scope of proactive disclosure is published within 20 working
 * days of its formation or change (自该政府信息形成或者变更之日起20个工作日内). Applies to the
 * statutory kinds with a 成文日期; the date counts from the day after.
 */
@Component
public class PublicationDeadline {

    public static final int WORKING_DAYS = 20;

    /** The deadline of an item and whether it has passed unpublished. */
    public record Due(LocalDate date, boolean provisional, boolean overdue) {
    }

    private final HolidayCalendar calendar;
    private final Clock clock;

    PublicationDeadline(HolidayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public @Nullable Due of(Item item) {
        ItemKind kind = item.content().kind();
        LocalDate written = item.content().writtenOn();
        if (written == null || (kind != ItemKind.NORMATIVE_DOCUMENT && kind != ItemKind.STATUTORY)) {
            return null;
        }
        Deadline d = deadline(written);
        LocalDate done = item.publishedOn();
        boolean overdue = done == null ? LocalDate.now(clock).isAfter(d.date()) : done.isAfter(d.date());
        return new Due(d.date(), d.provisional(), overdue);
    }

    /** The last day to publish information formed on {@code written}. */
    public LocalDate dateFor(LocalDate written) {
        return deadline(written).date();
    }

    private Deadline deadline(LocalDate written) {
        return calendar.current().addWorkingDays(written, WORKING_DAYS, DayCounting.START_DAY_EXCLUDED);
    }
}
