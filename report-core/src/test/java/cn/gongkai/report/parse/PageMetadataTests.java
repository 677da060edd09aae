package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Organ and publication date of captures that lack a title or a signature, as real pages give them
 * (corpus/real: changde-audit-2020, tiedong-veterans-2025, yueqing-audit-2020). Each text is
 * layouts/base.txt (米易县测试镇 2025) with its title, opening sentence and signature taken away and one
 * real page's way of naming the organ or the date put in; the expected values follow by hand.
 */
class PageMetadataTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    /** base.txt without its two title lines, its opening sentence and its signature (organ and date). */
    private static String bare() throws IOException {
        String text = new String(LayoutFixtureTests.bytes("base.txt"), StandardCharsets.UTF_8);
        text = text.substring(text.indexOf("一、总体情况"));
        return text.substring(0, text.lastIndexOf("米易县测试镇人民政府"));
    }

    private static CheckResult check(String text) {
        return CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "capture.txt");
    }

    @Test
    void withoutTitleTheOrganIsTheOneThatCompiledTheReportNotItsOffice() throws IOException {
        CheckResult r = check("本报告由米易县测试局政务公开领导小组办公室编制而成。本报告所列数据统计期限为2025年1月1日至12月31日。\n"
                + bare());
        assertThat(r.report().organ()).isEqualTo("米易县测试局");
        assertThat(r.report().year()).isEqualTo(2025);
    }

    @Test
    void withoutTitleTheOrganIsTheSubjectOfSectionOnesFirstSentence() throws IOException {
        CheckResult r = check(bare().replace("2025年，全镇主动公开信息", "2025年，米易县测试局通过镇政府网站主动公开信息"));
        assertThat(r.report().organ()).isEqualTo("米易县测试局");
    }

    @Test
    void aShortFormWithoutItsPlaceIsNotTakenForTheOrgan() throws IOException {
        // 县审计局 names no county: a wrong organ would be worse than none.
        CheckResult r = check(bare().replace("2025年，全镇主动公开信息", "2025年，县审计局通过县政府网站主动公开信息"));
        assertThat(r.report().organ()).isNull();
    }

    @Test
    void aPageDateWithASpaceAfterEachDashIsThePublicationDate() throws IOException {
        CheckResult r = check("米易县测试镇2025年政府信息公开工作年度报告\n发布日期: 2026- 01- 20 08 : 32 浏览次数: 字体:[ ]\n" + bare());
        assertThat(r.report().publishedOn()).hasToString("2026-01-20");
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
    }
}
