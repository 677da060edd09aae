package cn.gongkai.report.parse;

/** Words of section 一 about the outcome of 复议 and 诉讼 cases, shared by the narrative reader and the rules. */
public final class OutcomeWords {

    /**
     * What may not follow 行政复议/行政诉讼 in a sentence that says there were none: one that denies an outcome, not the
     * cases (全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形: there were cases, none corrected or lost).
     */
    public static final String NOT_AN_OUTCOME = "(?![^,，。;；]{0,4}?(?:纠错|纠正|败诉|撤销|确认违法|被改变))";

    private OutcomeWords() {
    }
}
