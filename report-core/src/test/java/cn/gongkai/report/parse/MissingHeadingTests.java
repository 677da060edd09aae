package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.testing.DocxFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A copy that kept a report's tables and dropped the headings of sections 二, 三 and 四 (a 海淀区 mirror seen in
 * session 8's probe): the tables are read where their header stands, and the headings stay missing. Made from
 * layouts/base.txt (read by hand in LayoutFixtureTests) with only the three heading lines removed, so the expected
 * tables are that file's.
 */
class MissingHeadingTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();
    private static final List<String> HEADINGS = List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况");

    private static String withoutHeadings(String name) throws IOException {
        String text = new String(LayoutFixtureTests.bytes(name), StandardCharsets.UTF_8);
        for (String h : HEADINGS) {
            assertThat(text).contains(h);
            text = text.replace("<p>" + h + "</p>", "").replace("## " + h, "").replace(h + "\n", "");
        }
        assertThat(text).doesNotContain(HEADINGS.toArray(String[]::new));
        return text;
    }

    private static List<Diagnostic> only(CheckResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    private static void tablesReadHeadingsMissing(CheckResult r) {
        assertThat(r.report().proactive()).isEqualTo(LayoutFixtureTests.expectedProactive());
        assertThat(r.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        // Three headings missing, each said with where its table was read; nothing called unknown or incomplete.
        assertThat(only(r, Codes.SECTION_MISSING)).hasSize(3)
                .allSatisfy(d -> assertThat(d.message()).contains("的标题").contains("按表头").contains("请补上标题"))
                .extracting(d -> d.location().section()).containsExactly("二", "三", "四");
        assertThat(only(r, Codes.REPORT_INCOMPLETE)).isEmpty();
        assertThat(only(r, Codes.CELL_MISSING)).isEmpty();
        assertThat(r.diagnostics()).filteredOn(d -> d.severity().id().equals("error"))
                .allMatch(d -> d.code().equals(Codes.SECTION_MISSING));
    }

    @Test
    void tabTextWithoutTheTableHeadingsIsReadByTheTablesHeaders() throws IOException {
        CheckResult r = CHECKER.check(withoutHeadings("base.txt").getBytes(StandardCharsets.UTF_8), "mirror.txt");
        tablesReadHeadingsMissing(r);
        // 表三 starts at its header (勾稽关系 … 申请人情况): line 37 of base.txt, 35 once the lines of the 二 and 三
        // headings above it are gone (the blank line between heading and table stays).
        assertThat(only(r, Codes.SECTION_MISSING).get(1).location().line()).isEqualTo(35);
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
    }

    @Test
    void htmlDocxAndPipeTablesWithoutTheirHeadingsAreRead() throws IOException {
        tablesReadHeadingsMissing(CHECKER.check(withoutHeadings("government-site.html").getBytes(StandardCharsets.UTF_8),
                "mirror.html"));
        tablesReadHeadingsMissing(CHECKER.check(DocxFixtures.fromText(withoutHeadings("base.txt")), "mirror.docx"));
        tablesReadHeadingsMissing(CHECKER.check(withoutHeadings("pipe-table.md").getBytes(StandardCharsets.UTF_8),
                "mirror.md"));
    }

    @Test
    void aSentenceNamingTheRowIsNotTakenForTheTable() throws IOException {
        // Section 三 gone with its table; section 一 says 本年新收政府信息公开申请数量 and 上年结转 in its prose.
        String base = new String(LayoutFixtureTests.bytes("base.txt"), StandardCharsets.UTF_8);
        int from = base.indexOf("三、收到和处理政府信息公开申请情况");
        int to = base.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        String text = (base.substring(0, from) + base.substring(to))
                .replace("（五）监督保障方面。", "本年新收政府信息公开申请数量 7 件，上年结转 1 件，均已办结。\n（五）监督保障方面。");
        assertThat(text).contains("\n本年新收政府信息公开申请数量 7 件");
        CheckResult r = CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "cut.txt");
        assertThat(r.report().requests()).isEqualTo(RequestTable.allUnknown());
        assertThat(r.sourceMap().tableLine(cn.gongkai.report.model.Section.REQUESTS)).isNull();
        assertThat(only(r, Codes.SECTION_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).doesNotContain("按表头"));
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
    }
}
