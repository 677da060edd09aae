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
 *
 * <p>The other settings are thresholds of rules that are practice, not law (docs/rules.md): no national
 * text fixes them, so each is a setting with a stated default.
 *
 * @param bases             the basis each kind's deadline is cited with
 * @param blankShareLimit   T3-EMPTY: more than this share of 表三's 175 cells blank or unreadable (default 0.5)
 * @param problemsMinChars  PROBLEMS-THIN: section 五 shorter than this many characters, white space and
 *                          punctuation left out (default 20)
 * @param riskMinRequests   the risk indicators only from this many newly received requests (default 30)
 * @param disclosedShareMin RISK-LOW-DISCLOSURE below this share of handled requests (default 0.40)
 * @param correctedShareMax RISK-RECONSIDERATION-CORRECTED above this share of reconsiderations (default 0.15)
 * @param copyMinChars      COPY-FROM-LAST-YEAR: only paragraphs at least this long count (default 20)
 */
public record CheckerConfig(Map<OrganKind, MonthDay> deadlines, Map<OrganKind, String> bases, double blankShareLimit,
        int problemsMinChars, int riskMinRequests, double disclosedShareMin, double correctedShareMax,
        int copyMinChars) {

    public static final CheckerConfig DEFAULT = new CheckerConfig(defaultDeadlines());

    public CheckerConfig {
        deadlines = Map.copyOf(deadlines);
        bases = Map.copyOf(bases);
    }

    /** The defaults, with these deadlines. */
    public CheckerConfig(Map<OrganKind, MonthDay> deadlines) {
        this(deadlines, defaultBases());
    }

    /** The default thresholds, with these deadlines and bases. */
    public CheckerConfig(Map<OrganKind, MonthDay> deadlines, Map<OrganKind, String> bases) {
        this(deadlines, bases, 0.5, 20, 30, 0.40, 0.15, 20);
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
        return new CheckerConfig(deadlines, m, blankShareLimit, problemsMinChars, riskMinRequests, disclosedShareMin,
                correctedShareMax, copyMinChars);
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
        return new CheckerConfig(m, bases, blankShareLimit, problemsMinChars, riskMinRequests, disclosedShareMin,
                correctedShareMax, copyMinChars);
    }

    /** The same settings with other thresholds for the risk indicators. */
    public CheckerConfig withRisk(int minRequests, double disclosedMin, double correctedMax) {
        return new CheckerConfig(deadlines, bases, blankShareLimit, problemsMinChars, minRequests, disclosedMin, correctedMax,
                copyMinChars);
    }

    /** The same settings with other thresholds for T3-EMPTY and PROBLEMS-THIN. */
    public CheckerConfig withContentLimits(double blankShare, int problemsChars) {
        return new CheckerConfig(deadlines, bases, blankShare, problemsChars, riskMinRequests, disclosedShareMin,
                correctedShareMax, copyMinChars);
    }

    /** The last day on which a report for {@code year} may be published. */
    public LocalDate deadline(OrganKind kind, int year) {
        return deadlines.getOrDefault(kind, MonthDay.of(1, 31)).atYear(year + 1);
    }
}
