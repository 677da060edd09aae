package cn.gongkai.server.annualreport;

import cn.gongkai.server.ledger.LedgerVocabulary;
import cn.gongkai.server.ledger.SubjectTitles;
import cn.gongkai.server.organs.Organs;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The annual report in the ledger pages: what its drafts store ({@link ReportInputs}), labelled as the
 * edit form labels the fields, and a report named by its organ and year (stored as organ-year), linked
 * to the report page of that year.
 */
@Component
class AnnualReportWords implements LedgerVocabulary, SubjectTitles {

    private static final Pattern ORGAN_YEAR = Pattern.compile("(\\d{1,18})-(\\d{4})");

    private final Organs organs;

    AnnualReportWords(Organs organs) {
        this.organs = organs;
    }

    @Override
    public Map<String, String> values() {
        return Map.of();
    }

    @Override
    public Map<String, String> fields() {
        return Map.of("rulesIssued", "规章 本年制发件数", "rulesRepealed", "规章 本年废止件数", "rulesInForce", "规章 现行有效件数",
                "licensing", "行政许可 本年处理决定数量", "penalty", "行政处罚 本年处理决定数量",
                "coerciveMeasure", "行政强制 本年处理决定数量", "feesWanYuan", "行政事业性收费 本年收费金额（万元）",
                "overview", "一、总体情况", "problems", "五、存在的主要问题及改进情况", "otherMatters", "六、其他需要报告的事项");
    }

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        Matcher m = ORGAN_YEAR.matcher(subjectId);
        if (!"annual-report".equals(subjectType) || !m.matches()) {
            return Optional.empty();
        }
        return organs.byId(Long.parseLong(m.group(1))).map(o -> new Named(o.name() + " " + m.group(2) + " 年度",
                "/workspace/annual-report?year=" + m.group(2)));
    }
}
