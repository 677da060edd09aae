package cn.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.extract.SourceText;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.parse.ParseResult;
import cn.gongkai.report.parse.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules on what the text says (NARRATIVE-MISMATCH beyond 本年新收, NARRATIVE-ALL-UPHELD), on empty
 * parts (T3-EMPTY, PROBLEMS-THIN, FEES-UNEXPLAINED) and the risk indicators, each on an edit of the clean
 * base report (layouts/base.txt) or a corpus file whose figures are hand-checked (corpus/figures). Every
 * expected figure is counted by hand from those files in the comments.
 */
class ContentRuleTests {

    private static String base;
    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    @BeforeAll
    static void load() throws IOException {
        base = resource("/layouts/base.txt");
    }

    @Test
    void statedFiguresBeyondNewRequestsAreComparedWithTheTables() {
        // base.txt: 表三 予以公开 总计 3, 部分公开 1, 无法提供 1 + 0 + 0 = 1, 上年结转 1, 结转下年度 1;
        // 表四 直接起诉 总计 0 + 复议后起诉 总计 1 = 1. Stated: 4 (wrong), 1, 1, 1, 2 (wrong), 诉讼 2 (wrong).
        String text = base.replace("均在法定期限内答复。",
                "其中予以公开 4 件，部分公开 1 件，无法提供 1 件，上年结转 1 件，结转下年度 2 件。被提起行政诉讼 2 件。");
        assertThat(only(check(text), Codes.NARRATIVE_MISMATCH)).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "正文称予以公开 4 件，表三“（一）予以公开”总计为 3",
                "正文称结转下年度 2 件，表三“四、结转下年度继续办理”总计为 1",
                "正文称行政诉讼 2 件，表四“未经复议直接起诉”与“复议后起诉”总计之和为 1");
        assertThat(only(check(text), Codes.NARRATIVE_MISMATCH)).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location().section()).isEqualTo("一");
        });
    }

    @Test
    void statedFiguresThatAgreeAreSilent() {
        String text = base.replace("均在法定期限内答复。",
                "其中予以公开 3 件，部分公开 1 件，无法提供 1 件，上年结转 1 件，结转下年度 1 件。被提起行政诉讼 1 件。");
        assertThat(check(text).diagnostics()).isEmpty();
    }

    @Test
    void allUpheldWhileTableFourShowsPendingCases() {
        // base.txt 表四: 行政复议 1 0 0 1 2 (尚未审结 1), 复议后起诉 0 0 0 1 1 (尚未审结 1).
        String text = base.replace("均在法定期限内答复。", "均在法定期限内答复，复议诉讼案件均获维持。");
        assertThat(only(check(text), Codes.NARRATIVE_ALL_UPHELD)).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("正文称“均获维持”，但表四有行政复议尚未审结 1 件、行政诉讼（复议后起诉）尚未审结 1 件");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
        // 表四 with every case concluded and upheld (复议 2 维持, 复议后起诉 1 维持): nothing to say.
        String upheld = text.replace("1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1", "2\t0\t0\t0\t2\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1");
        assertThat(only(check(upheld), Codes.NARRATIVE_ALL_UPHELD)).isEmpty();
    }

    @Test
    void tableThreeWithoutAnyFigure() throws Exception {
        ParseResult parsed = parse(base);
        AnnualReport empty = withRequests(parsed.report(), RequestTable.allUnknown());
        List<Diagnostic> ds = only(CHECKER.validate(empty, parsed.sourceMap(), null), Codes.T3_EMPTY);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("表三没有任何数字：175 个单元格均为空白或无法读出");
            assertThat(d.location().line()).isEqualTo(lineOf(base, "三、收到和处理政府信息公开申请情况"));
        });
    }

    @Test
    void tableThreeMostlyBlank() throws Exception {
        // Rows 一 to （三）8 known (12 rows × 7 = 84 cells), the other 13 rows unknown: 91 of 175 = 52 % > 50 %.
        ParseResult parsed = parse(base);
        RequestTable.Builder b = RequestTable.allUnknown().toBuilder();
        for (var row : cn.gongkai.report.model.RequestRow.values()) {
            if (row.ordinal() <= cn.gongkai.report.model.RequestRow.WITHHELD_INQUIRY_MATTER.ordinal()) {
                for (var c : cn.gongkai.report.model.ApplicantColumn.values()) {
                    b.set(row, c, parsed.report().requests().get(row, c));
                }
            }
        }
        AnnualReport half = withRequests(parsed.report(), b.build());
        assertThat(only(CHECKER.validate(half, parsed.sourceMap(), null), Codes.T3_EMPTY)).extracting(Diagnostic::message)
                .containsExactly("表三 175 个单元格中有 91 个空白或无法读出（52%，超过设定的 50%）。请补齐表三，没有发生的填 0");
        // With the limit set to 60 %, 52 % is below it.
        ReportChecker lenient = ReportChecker.builder().config(CheckerConfig.DEFAULT.withContentLimits(0.6, 20)).build();
        assertThat(only(lenient.validate(half, parsed.sourceMap(), null), Codes.T3_EMPTY)).isEmpty();
    }

    @Test
    void sectionFiveThatSaysOnlyNothing() {
        String text = base.replace("一是信息更新不够及时。下一步将完善信息报送制度。", "无。");
        assertThat(only(check(text), Codes.PROBLEMS_THIN)).extracting(Diagnostic::message).containsExactly(
                "第五部分“存在的主要问题及改进情况”只写了“无”。请写明本年工作存在的主要问题和改进措施（《条例》第五十条）");
    }

    @Test
    void sectionFiveTooShort() {
        // “信息更新不及时。” is 7 characters without the full stop, fewer than 20.
        String text = base.replace("一是信息更新不够及时。下一步将完善信息报送制度。", "信息更新不及时。");
        assertThat(only(check(text), Codes.PROBLEMS_THIN)).extracting(Diagnostic::message).containsExactly(
                "第五部分“存在的主要问题及改进情况”只有 7 个字（少于设定的 20 个字）。请写明存在的主要问题和改进措施");
        // The base's section 五 has 10 + 12 = 22 characters without punctuation: enough.
        assertThat(only(check(base), Codes.PROBLEMS_THIN)).isEmpty();
    }

    @Test
    void feesInTableTwoWithSectionSixSilentOnFees() {
        // base.txt 表二 行政事业性收费 1.5 万元; its section 六 (“本年度未收取信息处理费。”) names fees, so it is silent.
        assertThat(only(check(base), Codes.FEES_UNEXPLAINED)).isEmpty();
        String text = base.replace("本年度未收取信息处理费。", "本年度无其他需要报告的事项。");
        assertThat(only(check(text), Codes.FEES_UNEXPLAINED)).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("表二“行政事业性收费”为 1.5 万元，但第六部分“其他需要报告的事项”没有说明收费情况");
            assertThat(d.location().section()).isEqualTo("六");
        });
    }

    @Test
    void lowDisclosedShareIsAnInfoWithThirtyRequestsOrMore() throws IOException {
        // corpus/figures/F6.json: 本年新收 40; 予以公开 9 + 部分公开 4 = 13 of （七）总计 39 = 33.3 % < 40 %.
        String f6 = resource("/corpus/tab-text/f6.txt");
        assertThat(only(check(f6), Codes.RISK_LOW_DISCLOSURE)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.message()).isEqualTo("予以公开 9 件 + 部分公开 4 件 = 13 件，占办理总数 39 件的 33.3%，低于提示线 40%（本年新收 40 件）");
        });
        // A line at 30 % is above 33.3 %; from 41 requests on, F6's 40 are too few.
        assertThat(only(check(f6, CheckerConfig.DEFAULT.withRisk(30, 0.30, 0.15)), Codes.RISK_LOW_DISCLOSURE)).isEmpty();
        assertThat(only(check(f6, CheckerConfig.DEFAULT.withRisk(41, 0.40, 0.15)), Codes.RISK_LOW_DISCLOSURE)).isEmpty();
    }

    @Test
    void correctedReconsiderationShareIsAnInfo() throws IOException {
        // corpus/figures/F2.json: 本年新收 42; 行政复议 纠正 1 of 5 = 20 % > 15 %. F2's disclosed share (18+4)/42 = 52 %.
        String f2 = resource("/corpus/tab-text/f2.txt");
        CheckResult r = check(f2);
        assertThat(only(r, Codes.RISK_RECONSIDERATION_CORRECTED)).extracting(Diagnostic::message)
                .containsExactly("行政复议结果纠正 1 件，占行政复议总数 5 件的 20.0%，高于提示线 15%");
        assertThat(only(r, Codes.RISK_LOW_DISCLOSURE)).isEmpty();
        assertThat(only(check(f2, CheckerConfig.DEFAULT.withRisk(30, 0.40, 0.20)), Codes.RISK_RECONSIDERATION_CORRECTED))
                .isEmpty();
        // base.txt has 7 requests (< 30) and a reconsideration corrected share of 0: no indicator.
        assertThat(check(base).diagnostics()).isEmpty();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ContentRuleTests.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static CheckResult check(String text) {
        return CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "test.txt");
    }

    static CheckResult check(String text, CheckerConfig config) {
        return ReportChecker.builder().config(config).build().check(text.getBytes(StandardCharsets.UTF_8), "test.txt");
    }

    static ParseResult parse(String text) {
        return new ReportParser().parse(SourceText.ofText(text), "test.txt");
    }

    static AnnualReport withRequests(AnnualReport r, RequestTable requests) {
        return new AnnualReport(r.source(), r.organ(), r.organKind(), r.year(), r.publishedOn(), r.templateEdition(),
                r.proactive(), requests, r.reviews(), r.sections(), r.narrative());
    }

    static List<Diagnostic> only(CheckResult result, String code) {
        return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
