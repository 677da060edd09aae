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
 * local rule varies (facts §1.9). The basis each kind's deadline is cited with is a setting too:
 * Art. 49 names only county-level (and higher) governments and their departments, so a township's or
 * subdistrict's deadline is cited as the local rule, never as Art. 49.
 */
public record CheckerConfig(Map<OrganKind, MonthDay> deadlines, Map<OrganKind, String> bases) {

    public static final CheckerConfig DEFAULT = new CheckerConfig(defaultDeadlines());

    public CheckerConfig {
        deadlines = Map.copyOf(deadlines);
        bases = Map.copyOf(bases);
    }

    public CheckerConfig(Map<OrganKind, MonthDay> deadlines) {
        this(deadlines, defaultBases());
    }

    /** Art. 49 for county governments and departments; the local rule for the others (facts §1.9). */
    public static Map<OrganKind, String> defaultBases() {
        Map<OrganKind, String> m = new EnumMap<>(OrganKind.class);
        m.put(OrganKind.COUNTY, "《条例》第四十九条");
        m.put(OrganKind.DEPARTMENT, "《条例》第四十九条");
        m.put(OrganKind.TOWNSHIP, "本地规定的乡镇年报发布期限");
        m.put(OrganKind.SUBDISTRICT, "本地规定的街道年报发布期限");
        m.put(OrganKind.OTHER, "本地规定的发布期限");
        return m;
    }

    /** The basis a deadline of this kind is cited with. */
    public String basis(OrganKind kind) {
        return bases.getOrDefault(kind, "本地规定的发布期限");
    }

    public CheckerConfig withBasis(OrganKind kind, String basis) {
        Map<OrganKind, String> m = new EnumMap<>(OrganKind.class);
        m.putAll(bases);
        m.put(kind, basis);
        return new CheckerConfig(deadlines, m);
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
        return new CheckerConfig(m, bases);
    }

    /** The last day on which a report for {@code year} may be published. */
    public LocalDate deadline(OrganKind kind, int year) {
        return deadlines.getOrDefault(kind, MonthDay.of(1, 31)).atYear(year + 1);
    }
}
