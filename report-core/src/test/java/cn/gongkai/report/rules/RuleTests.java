package cn.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.parse.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule with a positive case (an edit of the clean base report that must trigger it, with the
 * figures named in the message) and the negative case (the base report, which triggers nothing).
 */
class RuleTests {

    private static String base;
    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RuleTests.class.getResourceAsStream("/layouts/base.txt")) {
            base = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBaseReportIsClean() {
        assertThat(check(base).diagnostics()).isEmpty();
    }

    @Test
    void t3BalanceNamesTheColumnAndFigures() {
        // 结转下年度 自然人 1 → 2 and its total 1 → 2: rows still add up, columns do not balance.
        String text = base.replace("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1", "四、结转下年度继续办理\t2\t0\t0\t0\t0\t0\t2");
        List<Diagnostic> ds = only(check(text), Codes.T3_BALANCE);
        assertThat(ds).hasSize(2);
        assertThat(ds.get(0).message()).isEqualTo("表三 自然人列：新收 5 + 上年结转 1 ≠ 办理总计 5 + 结转下年度 2（6 ≠ 7）");
        assertThat(ds.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(ds.get(0).location().column()).isEqualTo("naturalPerson");
        assertThat(ds.get(1).location().column()).isEqualTo("total");
    }

    @Test
    void t3RowTotalNamesTheRow() {
        String text = base.replace("（一）予以公开\t2\t1\t0\t0\t0\t0\t3", "（一）予以公开\t2\t1\t0\t0\t0\t0\t4");
        List<Diagnostic> ds = only(check(text), Codes.T3_ROW_TOTAL);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.location().row()).isEqualTo("granted");
            assertThat(d.message()).contains("（一）予以公开").contains("3 ≠ 4");
            assertThat(d.location().line()).isEqualTo(lineOf(text, "（一）予以公开"));
        });
    }

    @Test
    void t3HandledTotalWhenOutcomesDoNotAddUp() {
        String text = base.replace("1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1", "1.本机关不掌握相关政府信息\t2\t0\t0\t0\t0\t0\t2");
        List<Diagnostic> ds = only(check(text), Codes.T3_HANDLED_TOTAL);
        assertThat(ds).extracting(d -> d.location().column()).containsExactly("naturalPerson", "total");
        assertThat(ds.get(0).message()).contains("unableNotHeld 2").contains("（七）总计 5").contains("6 ≠ 5");
    }

    @Test
    void t3BalanceUsesTheOutcomesWhereTheHandledTotalIsBlank() {
        // （七）总计 自然人 left blank; 不掌握 自然人 1 → 2 (its row total too). 自然人: 新收 5 + 结转 1 = 6, but the
        // outcomes 予以公开 2 + 部分公开 1 + 不掌握 2 + 重复申请 1 = 6 plus 结转下年度 1 = 7.
        String text = base.replace("（七）总计\t5\t1\t0\t0\t1\t0\t7", "（七）总计\t\t1\t0\t0\t1\t0\t7")
                .replace("1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1", "1.本机关不掌握相关政府信息\t2\t0\t0\t0\t0\t0\t2");
        List<Diagnostic> ds = only(check(text), Codes.T3_BALANCE);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.location().column()).isEqualTo("naturalPerson");
            assertThat(d.message()).startsWith("表三 自然人列：新收 5 + 上年结转 1 ≠ 办理结果（总计未读出）（一）予以公开 2")
                    .contains("1.本机关不掌握相关政府信息 2").contains("（6 ≠ 7）");
        });
        assertThat(check(text).report().requests().get(RequestRow.HANDLED_TOTAL, ApplicantColumn.NATURAL_PERSON).known())
                .isFalse();
    }

    @Test
    void t4TotalPerGroup() {
        String text = base.replace("1\t0\t0\t1\t2\t0\t0\t0\t0\t0", "1\t0\t0\t1\t3\t0\t0\t0\t0\t0");
        List<Diagnostic> ds = only(check(text), Codes.T4_TOTAL);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("表四 行政复议：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 ≠ 总计 3（2 ≠ 3）");
            assertThat(d.location().row()).isEqualTo("reconsideration");
        });
    }

    @Test
    void knownPartsAboveAKnownTotalAreAnErrorEvenWithUnknownCells() {
        // 行政复议 结果纠正 blank, but 结果维持 5 already exceeds 总计 2.
        String text = base.replace("1\t0\t0\t1\t2\t0\t0\t0\t0\t0", "5\t—\t0\t1\t2\t0\t0\t0\t0\t0");
        assertThat(only(check(text), Codes.T4_TOTAL)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("已无法相等"));
    }

    @Test
    void anUnknownCellGivesNotCheckedInsteadOfAFalseError() {
        String text = base.replace("1\t0\t0\t1\t2\t0\t0\t0\t0\t0", "1\t—\t0\t1\t2\t0\t0\t0\t0\t0");
        CheckResult result = check(text);
        assertThat(only(result, Codes.T4_TOTAL)).isEmpty();
        assertThat(only(result, Codes.NOT_CHECKED)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("T4-TOTAL").contains("行政复议"));
        assertThat(only(result, Codes.CELL_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("行政复议·结果纠正"));
    }

    @Test
    void explicitBlanksInTable4StayUnknownAndTheMessageSuggestsTheImpliedValue() {
        // 行政复议 结果维持 and 复议后起诉 尚未审结 left blank (empty TAB fields). By hand: 行政复议 总计 2 =
        // 维持 x + 纠正 0 + 其他 0 + 尚未审结 1, so x = 1; 复议后起诉 总计 1 = 0 + 0 + 0 + y, so y = 1.
        String text = base.replace("1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1", "\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t\t1");
        CheckResult result = check(text);
        assertThat(result.report().reviews().reconsideration().upheld().known()).isFalse();
        assertThat(result.report().reviews().litigationAfterReconsideration().pending().known()).isFalse();
        assertThat(only(result, Codes.CELL_INFERRED)).isEmpty();
        assertThat(only(result, Codes.CELL_MISSING)).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "表四（行政复议·结果维持）：单元格为空（按表内勾稽关系应为 1，请核实后补上），按未知处理",
                "表四（行政诉讼（复议后起诉）·尚未审结）：单元格为空（按表内勾稽关系应为 1，请核实后补上），按未知处理");
    }

    @Test
    void anExplicitBlankInTable3StaysUnknownAndTheMessageSuggestsTheImpliedValue() {
        // （一）予以公开 商业企业 left blank: by hand the row total 3 = 2 + x + 0 + 0 + 0 + 0, so x = 1.
        String text = base.replace("（一）予以公开\t2\t1\t0\t0\t0\t0\t3", "（一）予以公开\t2\t\t0\t0\t0\t0\t3");
        CheckResult result = check(text);
        assertThat(result.report().requests().get(cn.gongkai.report.model.RequestRow.GRANTED,
                cn.gongkai.report.model.ApplicantColumn.COMMERCIAL_ENTERPRISE).known()).isFalse();
        assertThat(only(result, Codes.CELL_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("商业企业").contains("按表内勾稽关系应为 1"));
    }

    @Test
    void missingColumnIsReportedAndItsCellsAreUnknown() {
        String text = base.replace("\t法律服务机构\t其他\n", "\t法律服务机构\n")
                .replaceAll("(?m)^(.*\t\\d+\t\\d+\t\\d+\t\\d+\t\\d+)\t\\d+(\t\\d+)$", "$1$2");
        CheckResult result = check(text);
        assertThat(only(result, Codes.T3_MISSING_COLUMN)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("“其他”列"));
        assertThat(result.report().requests().get(cn.gongkai.report.model.RequestRow.NEWLY_RECEIVED,
                cn.gongkai.report.model.ApplicantColumn.OTHER_ORGANIZATION).known()).isFalse();
        assertThat(result.report().requests().get(cn.gongkai.report.model.RequestRow.NEWLY_RECEIVED,
                cn.gongkai.report.model.ApplicantColumn.TOTAL)).isEqualTo(cn.gongkai.report.model.Cell.of(7));
    }

    @Test
    void aMissingNumberFixedByTheColumnBalanceIsFilledAndSaid() {
        // 一、本年新收 loses one 0: every other row of 表三 is known, so 一 + 二 = 三（七） + 四 fixes the row.
        String text = base.replace("一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t1\t0\t7", "一、本年新收政府信息公开申请数量\t5\t1\t0\t1\t0\t7");
        CheckResult result = check(text);
        assertThat(only(result, Codes.CELL_MISSING)).isEmpty();
        assertThat(only(result, Codes.CELL_INFERRED)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("只有 6 个数字").contains("唯一确定"));
        assertThat(result.report().requests()).isEqualTo(check(base).report().requests());
    }

    @Test
    void tooFewNumbersThatCannotBePlacedStayUnknown() {
        // 表四 written with spaces, 行政复议 总计 2 dropped: the 14 numbers fit with the gap anywhere in the
        // 行政复议 group (e.g. 0 1 0 0 1 or 1 0 0 1 2), so that group is unknown; the lawsuits fit one way only.
        String text = base.replace("1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1", "1 0 0 1 0 0 0 0 0 0 0 0 1 1");
        CheckResult result = check(text);
        assertThat(only(result, Codes.CELL_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("只有 14 个数字").contains("行政复议"));
        var reconsideration = result.report().reviews().reconsideration();
        assertThat(List.of(reconsideration.upheld(), reconsideration.corrected(), reconsideration.pending(),
                reconsideration.total())).allSatisfy(c -> assertThat(c.known()).isFalse());
        assertThat(reconsideration.otherResult()).isEqualTo(cn.gongkai.report.model.Cell.of(0));
        assertThat(result.report().reviews().litigationAfterReconsideration())
                .isEqualTo(check(base).report().reviews().litigationAfterReconsideration());
        assertThat(only(result, Codes.T4_TOTAL)).isEmpty();
    }

    @Test
    void labelDeviation() {
        String text = base.replace("2.其他法律行政法规禁止公开", "2.其他法律法规禁止公开");
        assertThat(only(check(text), Codes.LABEL_DEVIATION)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("“2.其他法律法规禁止公开”").contains("其他法律行政法规禁止公开");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void sectionMissing() {
        String text = base.replace("五、存在的主要问题及改进情况\n", "");
        assertThat(only(check(text), Codes.SECTION_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("五、存在的主要问题及改进情况"));
    }

    @Test
    void signatureMissing() {
        String text = base.replace("米易县测试镇人民政府\n2026年1月20日\n", "");
        CheckResult result = check(text);
        assertThat(only(result, Codes.SIGNATURE_MISSING)).hasSize(1);
        assertThat(result.report().publishedOn()).isNull();
    }

    @Test
    void latePublicationUsesTheConfiguredDeadline() {
        String text = base.replace("2026年1月20日", "2026年2月20日");
        assertThat(only(check(text), Codes.LATE_PUBLICATION)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("2026-02-20").contains("2026-01-31"));
        ReportChecker lenient = ReportChecker.builder()
                .config(CheckerConfig.DEFAULT.withDeadline(OrganKind.TOWNSHIP, MonthDay.of(2, 28))).build();
        assertThat(lenient.check(text.getBytes(StandardCharsets.UTF_8), "t").diagnostics())
                .noneMatch(d -> d.code().equals(Codes.LATE_PUBLICATION));
    }

    @Test
    void narrativeMismatch() {
        String text = base.replace("收到政府信息公开申请 7 件", "收到政府信息公开申请 8 件");
        assertThat(only(check(text), Codes.NARRATIVE_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("正文称收到政府信息公开申请 8 件，表三“本年新收”总计为 7"));
    }

    @Test
    void theNarrativeCountIsReadInTheTablesOwnWordsToo() {
        // Real openings: “新收政府信息公开申请数量317件”, “收到依申请公开信息3条”.
        for (String stated : List.of("新收政府信息公开申请数量 8 件", "收到依申请公开信息 8 条")) {
            String text = base.replace("共收到政府信息公开申请 7 件", stated);
            assertThat(only(check(text), Codes.NARRATIVE_MISMATCH)).as(stated).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("8").contains("7"));
            assertThat(check(base.replace("共收到政府信息公开申请 7 件", stated.replace('8', '7'))).report().narrative()
                    .requestsReceivedStated()).as(stated).isEqualTo(7L);
        }
    }

    @Test
    void narrativeMismatchOnNormativeDocuments() {
        String text = base.replace("现行有效 5 件", "现行有效 6 件");
        assertThat(only(check(text), Codes.NARRATIVE_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("现行有效").contains("6").contains("5"));
    }

    @Test
    void narrativeParts() {
        String text = base.replace("政策解读 10 条", "政策解读 4 条");
        assertThat(only(check(text), Codes.NARRATIVE_PARTS)).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("主动公开信息共 120 条，所列“其中”各项合计 114 条，另有 6 条未分类说明");
            assertThat(d.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void organKindResidue() {
        String text = base.replace("每月对信息公开工作进行考核。", "每月对全乡信息公开工作进行考核。");
        assertThat(only(check(text), Codes.ORGAN_KIND_RESIDUE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("全乡").contains("镇"));
        assertThat(only(check(base.replace("全镇", "全乡镇")), Codes.ORGAN_KIND_RESIDUE)).isEmpty();
    }

    @Test
    void oldTemplateIsDetectedAndItsTableTwoLeftUnknown() {
        String text = base.replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量");
        CheckResult result = check(text);
        assertThat(only(result, Codes.OLD_TEMPLATE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("本年新制作数量"));
        assertThat(result.report().templateEdition().id()).isEqualTo("2019");
        assertThat(result.report().proactive().normativeDocuments().issued().known()).isFalse();
    }

    @Test
    void aReportOn2020InThe2019FormatIsToldSoNotBlamed() {
        // The 2021 format was issued on 2021-09-29: a 2020 report (published 2021) in the 2019 format was right then
        // (real: 平潭 管委会办公室 2020, session 10's probe). Same text as above, moved to 2020.
        String text = base.replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量")
                .replace("2025", "2020").replace("2026", "2021");
        CheckResult result = check(text);
        assertThat(result.report().year()).isEqualTo(2020);
        assertThat(only(result, Codes.OLD_TEMPLATE)).singleElement().satisfies(d -> {
            assertThat(d.severity().id()).isEqualTo("info");
            assertThat(d.message()).contains("符合当年规定").doesNotContain("应使用");
        });
        assertThat(result.report().proactive().normativeDocuments().issued().known()).isFalse();
    }

    @Test
    void oldTemplateOtherHandlingRowWithoutSubItems() {
        String text = base.replace("\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n", "")
                .replace("\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n", "")
                .replace("\t\t3.其他\t0\t0\t0\t0\t0\t0\t0", "\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0");
        CheckResult result = check(text);
        assertThat(result.report().templateEdition().id()).isEqualTo("2019");
        assertThat(only(result, Codes.T3_HANDLED_TOTAL)).isEmpty();
        assertThat(only(result, Codes.NOT_CHECKED)).noneMatch(d -> d.message().contains("T3-HANDLED-TOTAL"));
    }

    @Test
    void yearMismatchBetweenTitleAndOpening() {
        String text = base.replace("现公布测试镇人民政府2025年度", "现公布测试镇人民政府2024年度");
        assertThat(only(check(text), Codes.YEAR_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("2025").contains("2024"));
    }

    @Test
    void yearMismatchWhenDatedBeforeTheYearEnds() {
        String text = base.replace("2026年1月20日", "2025年12月20日");
        assertThat(only(check(text), Codes.YEAR_MISMATCH)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("2025-12-20"));
    }

    @Test
    void crossYearCarryOverAndInForceProgression() {
        CheckResult now = check(base);
        CheckResult before = check(base.replace("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1", "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3")
                .replace("行政规范性文件\t2\t1\t5", "行政规范性文件\t2\t1\t9"));
        CheckResult result = CHECKER.validate(now.report(), SourceMap.compiled(), before.report());
        assertThat(only(result, Codes.T3_CARRY_OVER)).extracting(d -> d.location().column())
                .containsExactly("naturalPerson", "total");
        assertThat(only(result, Codes.T2_IN_FORCE_PROGRESSION)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("9 + 本年制发 2 − 本年废止 1 = 10"));
        CheckResult consistent = CHECKER.validate(now.report(), SourceMap.compiled(),
                check(base.replace("行政规范性文件\t2\t1\t5", "行政规范性文件\t2\t1\t4")).report());
        assertThat(only(consistent, Codes.T3_CARRY_OVER)).isEmpty();
        assertThat(only(consistent, Codes.T2_IN_FORCE_PROGRESSION)).isEmpty();
    }

    @Test
    void everyRuleHasACodeSeveritySummaryAndADocumentedRow() throws IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "rules.md"));
        for (Rule rule : RuleSet.v2021().rules()) {
            assertThat(rule.summary()).isNotBlank();
            assertThat(doc).as("docs/rules.md documents %s", rule.code()).contains("| " + rule.code() + " |");
        }
        for (String code : List.of(Codes.UNREADABLE, Codes.NOT_CHECKED, Codes.CELL_INFERRED, Codes.INPUT_TOO_COMPLEX)) {
            assertThat(doc).contains("| " + code + " |");
        }
    }

    private static CheckResult check(String text) {
        return CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "fixture.txt");
    }

    private static List<Diagnostic> only(CheckResult result, String code) {
        return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
