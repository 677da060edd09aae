package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.parse.SourceMap;
import cn.gongkai.server.request.CaseFacts;
import cn.gongkai.server.request.Outcome;
import cn.gongkai.server.request.ReviewCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A report assembled from platform records passes the report core's identity rules, whatever the history. */
class ReportAssemblerTest {

    private static final ReportInputs FILLED = new ReportInputs(0L, 0L, 0L, 3L, 1L, 0L, new BigDecimal("0.25"),
            "总体情况。", "存在的问题。", "其他事项。");
    private static final ReportAssembler.Facts FACTS = new ReportAssembler.Facts(Map.of("工作动态", 12L), 1, 0, 4, 0, 0, 0, 0, ReportAssembler.Supervision.NONE);

    @Test
    void compiledReportsHoldEveryIdentityForRandomPlatformHistories() {
        ReportChecker checker = ReportChecker.builder().build();
        Set<String> identityCodes = Set.of(Codes.T3_BALANCE, Codes.T3_ROW_TOTAL, Codes.T3_HANDLED_TOTAL, Codes.T4_TOTAL,
                Codes.T3_MISSING_COLUMN, Codes.CELL_MISSING);
        SplittableRandom r = new SplittableRandom(50);
        Outcome[] outcomes = Outcome.values();
        ApplicantColumn[] applicants = java.util.Arrays.copyOf(ApplicantColumn.values(), 6);
        ReviewGroup[] groups = ReviewGroup.values();
        for (int history = 0; history < 150; history++) {
            List<CaseFacts> cases = new ArrayList<>();
            for (int i = r.nextInt(80); i > 0; i--) {
                LocalDate received = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
                boolean closed = r.nextInt(4) > 0;
                cases.add(new CaseFacts(applicants[r.nextInt(6)], received, closed ? received.plusDays(r.nextInt(60)) : null,
                        closed ? outcomes[r.nextInt(outcomes.length)] : null));
            }
            List<ReviewCase> reviews = new ArrayList<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                LocalDate filed = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
                boolean decided = r.nextBoolean();
                reviews.add(new ReviewCase(i, 1, null, groups[r.nextInt(3)], filed, "复议机关",
                        decided ? ReviewCase.Result.values()[r.nextInt(3)] : null, decided ? filed.plusDays(r.nextInt(200)) : null));
            }
            ReportAssembler.Assembled a = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, FILLED, FACTS,
                    cases, reviews);
            CheckResult result = checker.validate(a.report(), SourceMap.compiled(), null);
            assertThat(a.missing()).isEmpty();
            assertThat(result.diagnostics()).as("history %d", history).extracting(Diagnostic::code)
                    .doesNotContainAnyElementsOf(identityCodes);
        }
    }

    /** The rules above would see a table that does not balance: one changed cell is caught. */
    @Test
    void theCheckCatchesATableThatDoesNotBalance() {
        ReportAssembler.Assembled a = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, FILLED, FACTS,
                List.of(new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10),
                        Outcome.GRANTED)), List.of());
        var broken = a.report().requests().toBuilder().set(cn.gongkai.report.model.RequestRow.GRANTED,
                ApplicantColumn.NATURAL_PERSON, cn.gongkai.report.model.Cell.of(2)).build();
        var report = new cn.gongkai.report.model.AnnualReport(null, a.report().organ(), a.report().organKind(), 2025, null,
                a.report().templateEdition(), a.report().proactive(), broken, a.report().reviews(), a.report().sections(),
                a.report().narrative());
        assertThat(ReportChecker.builder().build().validate(report, SourceMap.compiled(), null).diagnostics())
                .extracting(Diagnostic::code).contains(Codes.T3_HANDLED_TOTAL);
    }

    @Test
    void figuresNotEnteredAreListedAndStayUnknownNeverZero() {
        ReportAssembler.Assembled a = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025,
                ReportInputs.empty(), FACTS, List.of(), List.of());
        assertThat(a.missing()).contains("表二 行政许可 本年处理决定数量", "表二 行政事业性收费 本年收费金额（万元）",
                "五、存在的主要问题及改进情况（正文）");
        assertThat(a.report().proactive().licensing().known()).isFalse();
        // Known from the platform: the register of normative documents.
        assertThat(a.report().proactive().normativeDocuments().inForce().value()).isEqualTo(4);
        // Section 一 starts from the year's facts for the staff to complete.
        assertThat(a.report().sectionText(cn.gongkai.report.model.Section.OVERVIEW))
                .startsWith("（一）主动公开。2025年，本机关主动公开政府信息12条，其中工作动态12条。")
                .contains("\n（二）依申请公开。本年新收政府信息公开申请0件，上年结转0件，办结0件，其中按期办结0件。")
                .contains("\n（五）监督保障。收到对政府信息公开工作的投诉建议0件，已答复0件；监督检查发现问题0个，已整改0个。");
    }

    @Test
    void sectionOneReportsComplaintsAndRectificationFromTheRecords() {
        ReportAssembler.Facts facts = new ReportAssembler.Facts(Map.of(), 0, 0, 0, 0, 0, 0, 0,
                new ReportAssembler.Supervision(5, 4, 3, 2, 11, 86.4, 2));
        ReportInputs in = new ReportInputs(null, null, null, null, null, null, null,
                "本年度监督保障：受理投诉建议{投诉建议}件，答复{已答复投诉建议}件，检查发现问题{检查发现问题}个，整改{已整改问题}个。{考核结果}",
                null, null);
        ReportAssembler.Assembled a = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, in, facts,
                List.of(), List.of());
        assertThat(a.report().sectionText(cn.gongkai.report.model.Section.OVERVIEW))
                .isEqualTo("本年度监督保障：受理投诉建议5件，答复4件，检查发现问题3个，整改2个。全年参加月度考核11次，平均得分86.4分，最好名次第2名。");
    }
}
