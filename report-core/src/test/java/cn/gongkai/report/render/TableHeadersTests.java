package cn.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.testing.RandomReports;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Tables 二–四 of the HTML report as a screen reader reads them: every data cell names, through
 * {@code headers}, header cells of its own table, and the multi-level headers resolve to the national
 * format's captions. The expected header lists are read off the national sample tables by hand (国办公开办函
 * 〔2021〕30号), column headers from the nearest down to the top, then the row headers left to right.
 */
class TableHeadersTests {

    private final Document page = Jsoup.parse(HtmlRenderer.render(new RandomReports(20261201L).next()));

    private List<String> headersOf(Element td) {
        Element table = td.closest("table");
        List<String> texts = new ArrayList<>();
        for (String id : td.attr("headers").split(" ")) {
            Element th = table.getElementById(id);
            assertThat(th).as("header %s of “%s” is in the same table", id, td.text()).isNotNull();
            assertThat(th.tagName()).isEqualTo("th");
            texts.add(th.text());
        }
        return texts;
    }

    /** The data cell in the row whose last header reads {@code rowLabel}, at data column {@code n} (0-based). */
    private Element cell(String table, String rowLabel, int n) {
        for (Element tr : page.select("table." + table + " tbody tr")) {
            List<Element> tds = tr.select("td");
            if (!tds.isEmpty() && tr.select("th").last() != null && tr.select("th").last().text().equals(rowLabel)) {
                return tds.get(n);
            }
        }
        throw new AssertionError("no row " + rowLabel + " in " + table);
    }

    @Test
    void everyDataCellOfTheThreeTablesNamesHeadersOfItsOwnTable() {
        for (String t : List.of("t2", "t3", "t4")) {
            List<Element> tds = page.select("table." + t + " td");
            assertThat(tds).as(t).isNotEmpty();
            for (Element td : tds) {
                assertThat(td.hasAttr("headers")).as("%s cell “%s”", t, td.text()).isTrue();
                assertThat(headersOf(td)).isNotEmpty();
            }
        }
    }

    @Test
    void table3sCellsResolveToAllThreeLevelsOfColumnsAndRows() {
        // 1.属于国家秘密, 商业企业 (the 2nd data column): 商业企业 under 法人或其他组织 under 申请人情况;
        // the row: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.
        assertThat(headersOf(cell("t3", "1.属于国家秘密", 1))).containsExactly("商业企业", "法人或其他组织", "申请人情况",
                "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密");
        // 自然人 spans two header rows: named once.
        assertThat(headersOf(cell("t3", "一、本年新收政府信息公开申请数量", 0)))
                .containsExactly("自然人", "申请人情况", "一、本年新收政府信息公开申请数量");
        assertThat(headersOf(cell("t3", "（七）总计", 6))).containsExactly("总计", "申请人情况", "三、本年度办理结果", "（七）总计");
    }

    @Test
    void table4sLitigationCellsNameTheirSubGroup() {
        Element row = page.selectFirst("table.t4 tbody tr");
        List<Element> tds = row.select("td");
        assertThat(tds).hasSize(15);
        assertThat(headersOf(tds.get(1))).containsExactly("结果纠正", "行政复议");
        // The 11th column: the first of 复议后起诉's five under 行政诉讼.
        assertThat(headersOf(tds.get(10))).containsExactly("结果维持", "复议后起诉", "行政诉讼");
    }

    @Test
    void table2sCellsTakeTheCaptionAboveThemNotAnEarlierOne() {
        assertThat(headersOf(cell("t2", "行政规范性文件", 1))).containsExactly("本年废止件数", "第二十条第（一）项", "行政规范性文件");
        assertThat(headersOf(cell("t2", "行政强制", 0))).containsExactly("本年处理决定数量", "第二十条第（六）项", "行政强制");
    }

    @Test
    void headerCellsCarryAScopeForReadersThatIgnoreHeaders() {
        assertThat(page.select("table.t3 thead th").eachAttr("scope")).doesNotContain("row");
        assertThat(page.selectFirst("table.t3 th:containsOwn(申请人情况)").attr("scope")).isEqualTo("colgroup");
        assertThat(page.selectFirst("table.t3 th:containsOwn(1.属于国家秘密)").attr("scope")).isEqualTo("row");
        // 表二's repeated column header rows are in the body but head columns.
        assertThat(page.selectFirst("table.t2 th:containsOwn(本年制发件数)").attr("scope")).isEqualTo("col");
    }
}
