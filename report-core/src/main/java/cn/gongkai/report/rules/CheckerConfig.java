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
 *
 * <p>The other settings are thresholds of rules that are practice, not law (docs/rules.md): no national
 * text fixes them, so each is a setting with a stated default.
 *
 * @param blankShareLimit   T3-EMPTY: more than this share of 表三's 175 cells blank or unreadable (default 0.5)
 * @param problemsMinChars  PROBLEMS-THIN: section 五 shorter than this many characters, white space and
 *                          punctuation left out (default 20)
 * @param riskMinRequests   the risk indicators only from this many newly received requests (default 30)
 * @param disclosedShareMin RISK-LOW-DISCLOSURE below this share of handled requests (default 0.40)
 * @param correctedShareMax RISK-RECONSIDERATION-CORRECTED above this share of reconsiderations (default 0.15)
 * @param copyMinChars      COPY-FROM-LAST-YEAR: only paragraphs at least this long count (default 20)
 */
public record CheckerConfig(Map<OrganKind, MonthDay> deadlines, double blankShareLimit, int problemsMinChars,
        int riskMinRequests, double disclosedShareMin, double correctedShareMax, int copyMinChars) {

    public static final CheckerConfig DEFAULT = new CheckerConfig(defaultDeadlines());

    public CheckerConfig {
        deadlines = Map.copyOf(deadlines);
    }

    /** The defaults, with these deadlines. */
    public CheckerConfig(Map<OrganKind, MonthDay> deadlines) {
        this(deadlines, 0.5, 20, 30, 0.40, 0.15, 20);
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
        return new CheckerConfig(m, blankShareLimit, problemsMinChars, riskMinRequests, disclosedShareMin,
                correctedShareMax, copyMinChars);
    }

    /** The same settings with other thresholds for the risk indicators. */
    public CheckerConfig withRisk(int minRequests, double disclosedMin, double correctedMax) {
        return new CheckerConfig(deadlines, blankShareLimit, problemsMinChars, minRequests, disclosedMin, correctedMax,
                copyMinChars);
    }

    /** The same settings with other thresholds for T3-EMPTY and PROBLEMS-THIN. */
    public CheckerConfig withContentLimits(double blankShare, int problemsChars) {
        return new CheckerConfig(deadlines, blankShare, problemsChars, riskMinRequests, disclosedShareMin,
                correctedShareMax, copyMinChars);
    }

    /** The last day on which a report for {@code year} may be published. */
    public LocalDate deadline(OrganKind kind, int year) {
        return deadlines.getOrDefault(kind, MonthDay.of(1, 31)).atYear(year + 1);
    }
}
