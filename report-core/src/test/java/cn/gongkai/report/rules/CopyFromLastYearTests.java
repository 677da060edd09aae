package cn.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.PreviousYear;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * COPY-FROM-LAST-YEAR (雷同) on the base report (2025) against a hand-made 2024 report of the same organ:
 * the 2024 text is the base with 2025 → 2024 everywhere and the first paragraph's figure 120 → 98.
 */
class CopyFromLastYearTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();
    private static String current;
    private static String previous;

    @BeforeAll
    static void load() throws IOException {
        current = ContentRuleTests.resource("/layouts/base.txt");
        previous = current.replace("2025", "2024").replace("2026年1月20日", "2025年1月20日")
                .replace("主动公开信息 120 条，其中工作动态 80 条", "主动公开信息 98 条，其中工作动态 58 条");
    }

    @Test
    void paragraphsIdenticalToLastYearApartFromTheYearAreCopies() {
        CheckResult now = check(current);
        CheckResult before = check(previous);
        List<Diagnostic> ds = only(CHECKER.withPrevious(now, before.report()), Codes.COPY_FROM_LAST_YEAR);
        // Section 一 has five paragraphs of 20 characters or more; four are the same once the year is left out
        // (the first differs: 120/80 against 98/58). Section 五's one paragraph is the same. Section 六's
        // “本年度未收取信息处理费。” has 12 characters, fewer than 20, so it does not count.
        assertThat(ds).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).startsWith("第一部分“总体情况”有 4 段（共 5 段）与 2024 年报告相同，例如“（二）依申请公开方面。"),
                m -> assertThat(m).isEqualTo("第五部分“存在的主要问题及改进情况”有 1 段（共 1 段）与 2024 年报告相同，"
                        + "例如“一是信息更新不够及时。下一步将完善信息报送制度。”。请按本年实际情况撰写"));
        assertThat(ds).extracting(d -> d.location().section()).containsExactly("一", "五");
    }

    @Test
    void aBatchFindsLastYearsReportOfTheSameOrgan() {
        // Order in the batch does not matter; the 2024 report has no 2023 report, so it gets nothing.
        List<CheckResult> out = PreviousYear.pair(CHECKER, List.of(check(previous), check(current)));
        assertThat(only(out.get(0), Codes.COPY_FROM_LAST_YEAR)).isEmpty();
        assertThat(only(out.get(1), Codes.COPY_FROM_LAST_YEAR)).hasSize(2);
        // The 2025 report's 上年结转 1 equals the 2024 report's 结转下年度 1 in every column: no T3-CARRY-OVER.
        assertThat(only(out.get(1), Codes.T3_CARRY_OVER)).isEmpty();
    }

    @Test
    void anotherOrgansReportIsNotLastYearsReport() {
        String other = previous.replace("米易县测试镇人民政府", "米易县另一镇人民政府").replace("测试镇", "另一镇");
        List<CheckResult> out = PreviousYear.pair(CHECKER, List.of(check(other), check(current)));
        assertThat(only(out.get(1), Codes.COPY_FROM_LAST_YEAR)).isEmpty();
    }

    @Test
    void twoReportsOfTheSameOrganAndYearAreAmbiguous() {
        List<CheckResult> out = PreviousYear.pair(CHECKER, List.of(check(previous), check(previous), check(current)));
        assertThat(only(out.get(2), Codes.COPY_FROM_LAST_YEAR)).isEmpty();
    }

    private static CheckResult check(String text) {
        return CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "test.txt");
    }

    private static List<Diagnostic> only(CheckResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }
}
