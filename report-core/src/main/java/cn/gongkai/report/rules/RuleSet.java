package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.TemplateEdition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The rules that apply to one edition of the national format. A newer edition is made from the
 * previous one by adding, removing or replacing rules, never by copying rule classes.
 */
public final class RuleSet {

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = Collections.unmodifiableList(rules);
    }

    /** The rules of the 2021 format (国办公开办函〔2021〕30号). */
    public static RuleSet v2021() {
        return new RuleSet(new ArrayList<>(List.of(
                new SectionMissingRule(), new OldTemplateRule(), new YearMismatchRule(), new SignatureMissingRule(),
                new LatePublicationRule(), new T3MissingColumnRule(), new CellMissingRule(), new CellInferredRule(),
                new LabelDeviationRule(), new T3BalanceRule(), new T3RowTotalRule(), new T3HandledTotalRule(),
                new T4TotalRule(), new NarrativeMismatchRule(), new NarrativePartsRule(), new OrganKindResidueRule(),
                new CarryOverRule(), new InForceProgressionRule(), new AllUpheldRule(),
                new T3EmptyRule(), new ProblemsThinRule(), new FeesUnexplainedRule(), new RiskIndicatorRule(true),
                new RiskIndicatorRule(false), new CopyFromLastYearRule(), new ReadingNotesRule())));
    }

    /**
     * The rules that compare with the organ's previous report; they do nothing without it. Run again on
     * their own when the previous report becomes known after the check (a second file of the same organ in
     * a batch): see {@code ReportChecker.withPrevious}.
     */
    public static List<Rule> crossYear() {
        return List.of(new CarryOverRule(), new InForceProgressionRule(), new CopyFromLastYearRule());
    }

    /**
     * The 2019 format: （六）其他处理 had no sub-items, so its single row stands alone in the sum
     * of （七）总计; the two later sub-rows are not part of it.
     */
    public static RuleSet v2019() {
        Set<RequestRow> later = Set.of(RequestRow.OTHER_CORRECTION_OVERDUE, RequestRow.OTHER_FEE_UNPAID);
        return v2021().replace(Codes.T3_HANDLED_TOTAL, new T3HandledTotalRule(later))
                .replace(Codes.T3_BALANCE, new T3BalanceRule(later));
    }

    /** Rules are stateless, so one set per edition serves every check (building them per check cost ~2 % of a text check). */
    private static final RuleSet V2021 = v2021();
    private static final RuleSet V2019 = v2019();

    public static RuleSet forEdition(TemplateEdition edition) {
        return edition == TemplateEdition.V2019 ? V2019 : V2021;
    }

    public List<Rule> rules() {
        return rules;
    }

    RuleSet replace(String code, Rule replacement) {
        List<Rule> copy = new ArrayList<>();
        for (Rule r : rules) {
            copy.add(r.code().equals(code) ? replacement : r);
        }
        return new RuleSet(copy);
    }
}
