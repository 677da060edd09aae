package cn.gongkai.report.rules;

import cn.gongkai.report.model.OrganKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;

/**
 * Settings of the checker. Publication deadlines per organ kind default to the Regulation's
 * Art. 49 (departments 1月31日, a government's own report 3月31日); townships and subdistricts are
 * not named there and default to 1月31日, as many counties set locally — configurable because the
 * local rule varies (facts §1.9).
 */
public record CheckerConfig(Map<OrganKind, MonthDay> deadlines) {

    public static final CheckerConfig DEFAULT = new CheckerConfig(defaultDeadlines());

    public CheckerConfig {
        deadlines = Map.copyOf(deadlines);
    }

    public static Map<OrganKind, MonthDay> defaultDeadlines() {
        Map<OrganKind, MonthDay> m = new EnumMap<>(OrganKind.class);
        m.put(OrganKind.COUNTY, MonthDay.of(3, 31));
        m.put(OrganKind.DEPARTMENT, MonthDay.of(1, 31));
        m.put(OrganKind.TOWNSHIP, MonthDay.of(1, 31));
        m.put(OrganKind.SUBDISTRICT, MonthDay.of(1, 31));
        m.put(OrganKind.OTHER, MonthDay.of(1, 31));
        return m;
    }

    public CheckerConfig withDeadline(OrganKind kind, MonthDay day) {
        Map<OrganKind, MonthDay> m = new EnumMap<>(OrganKind.class);
        m.putAll(deadlines);
        m.put(kind, day);
        return new CheckerConfig(m);
    }

    /** The last day on which a report for {@code year} may be published. */
    public LocalDate deadline(OrganKind kind, int year) {
        return deadlines.getOrDefault(kind, MonthDay.of(1, 31)).atYear(year + 1);
    }
}
