package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.testing.DocxFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real layouts, each made from layouts/base.txt (米易县测试镇 2025, read by hand in LayoutFixtureTests)
 * by one change a real page makes; the expected values follow from that change, worked out by hand.
 */
class RealLayoutTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();
    private static final String ROW_1 = "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t1\t0\t7";

    private static String base() throws IOException {
        return new String(LayoutFixtureTests.bytes("base.txt"), StandardCharsets.UTF_8);
    }

    private static CheckResult check(String text) {
        return CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "fixture.txt");
    }

    private static List<Diagnostic> only(CheckResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    private static JsonNode json(CheckResult r) {
        return JsonMapper.builder().build().readTree(ReportJson.write(r));
    }

    @Test
    void theWholeReportOnOneLineWithoutSeparatorsReadsLikeTheReport() throws IOException {
        String oneLine = base().replace("\n", "").replace("\t", "");
        CheckResult r = check(oneLine);
        assertThat(r.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        assertThat(r.report().proactive()).isEqualTo(LayoutFixtureTests.expectedProactive());
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
        assertThat(r.report().publishedOn()).hasToString("2026-01-20");
        assertThat(r.diagnostics()).noneMatch(d -> d.severity().id().equals("error"));
        assertThat(json(r).path("reading").path("oneLine").asBoolean()).isTrue();
        // Every 表三 row was split: said once (it was a note per row, 25 of them), with row 一 as the example.
        assertThat(only(r, Codes.CELL_INFERRED)).filteredOn(d -> "三".equals(d.location().table())).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("25 行").contains("“5100107”拆为 5、1、0、0、1、0、7"));
    }

    @Test
    void thousandsSetApartByCommasAreOneNumber() throws IOException {
        // A large county writes 1,005: read as 1005, not as 1 and 005 (nine numbers for seven columns, row unknown).
        String text = base().replace(ROW_1, "一、本年新收政府信息公开申请数量\t1,005\t1\t0\t0\t1\t0\t1,007")
                .replace("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1", "二、上年结转政府信息公开申请数量\t1,001\t0\t0\t0\t0\t0\t1,001");
        assertThat(text).contains("1,007").contains("1,001");
        CheckResult r = check(text);
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(1005));
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1007));
        assertThat(r.report().requests().get(RequestRow.CARRIED_IN, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1001));
        // Not groups of three: 1,05 stays as written (two numbers), the row unknown rather than guessed.
        CheckResult odd = check(base().replace(ROW_1, "一、本年新收政府信息公开申请数量\t1,05\t1\t0\t0\t1\t0\t7"));
        assertThat(odd.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL).known()).isFalse();
    }

    @Test
    void aRowWithTooManySplitsStaysUnknownAndSaysTheBoundWasHit() throws IOException {
        // Row 一 as 1,11,111,1,11,111 → 246 run together: any order of the cell lengths {1,1,2,2,3,3}
        // gives the same sum, 6!/(2!·2!·2!) = 90 splits, more than the 64 the search keeps.
        String oneLine = base().replace(ROW_1, "一、本年新收政府信息公开申请数量111111111111246")
                .replace("\n", "").replace("\t", "");
        CheckResult r = check(oneLine);
        for (ApplicantColumn column : ApplicantColumn.values()) {
            assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, column).known()).as(column.name()).isFalse();
        }
        assertThat(only(r, Codes.CELL_MISSING)).anySatisfy(d -> assertThat(d.message())
                .contains("111111111111246").contains("超过上限"));
        assertThat(r.report().requests().get(RequestRow.CARRIED_IN, ApplicantColumn.TOTAL))
                .isEqualTo(LayoutFixtureTests.expectedRequests()
                        .get(RequestRow.CARRIED_IN, ApplicantColumn.TOTAL));
    }

    @Test
    void oneLineWithStraySpacesInsideLabelsStillMatches() throws IOException {
        String oneLine = base().replace("\n", " ").replace("本年新收", "本年 新收").replace("结转下年度", "结转 下年度");
        assertThat(check(oneLine).report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
    }

    @Test
    void headingsMisspeltWrappedOrWithoutOpeningBracketAreFound() throws IOException {
        String text = base().replace("一、总体情况", "一)总休情况")                               // wrong character
                .replace("二、主动公开政府信息情况", "二、主动公开政府信息情况况")                       // one extra
                .replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政\n复议、行政诉讼情况") // wrapped
                .replace("五、存在的主要问题及改进情况", "五、存在主要问题及改进情况");                 // one missing
        CheckResult r = check(text);
        assertThat(only(r, Codes.SECTION_MISSING)).isEmpty();
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        assertThat(r.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
    }

    @Test
    void aBlankTabCellStaysUnknownWithTheImpliedValueAsSuggestion() throws IOException {
        // 商业企业 of row 一 left blank: 5 + ? + 0 + 0 + 1 + 0 = 7 implies 1.
        CheckResult r = check(base().replace(ROW_1, "一、本年新收政府信息公开申请数量\t5\t\t0\t0\t1\t0\t7"));
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE).known())
                .isFalse();
        assertThat(only(r, Codes.CELL_MISSING)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("商业企业").contains("应为 1");
            assertThat(d.location().column()).isEqualTo("commercialEnterprise");
        });
        assertThat(only(r, Codes.CELL_INFERRED)).isEmpty();
    }

    @Test
    void aBlankFirstCellRightAfterALabelIsABlankWhereLabelsDoNotSpanTwoFields() throws IOException {
        // base.txt writes one-field labels straight before their numbers (label⇥5⇥1…), so an empty field right after
        // 一、本年新收… is 自然人 left blank (7 − 1 − 0 − 0 − 1 − 0 implies 5), not a label spanning two columns.
        CheckResult r = check(base().replace(ROW_1, "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t1\t0\t7"));
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON).known()).isFalse();
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(1));
        assertThat(only(r, Codes.CELL_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("自然人").contains("应为 5"));
        assertThat(only(r, Codes.CELL_INFERRED)).isEmpty();
    }

    @Test
    void cellsCopiedOnePerLineWithABarePipeForABlankStayUnknownWithTheSuggestion() throws IOException {
        // A CMS copy of 表三: the label, then each cell on its own line ending in a pipe (`5 |`), a blank cell as a
        // bare `|`. Blanks: 自然人 of row 一 (7 − 1 − 0 − 0 − 1 − 0 implies 5) and 商业企业 of 国家秘密 (all 0: 0).
        StringBuilder text = new StringBuilder();
        boolean inTable = false;
        for (String line : base().split("\n", -1)) {
            inTable = inTable ? !line.startsWith("四、政府信息公开行政复议") : line.startsWith("三、收到和处理");
            List<String> fields = List.of(line.split("\t"));
            List<String> numbers = fields.stream().filter(f -> f.matches("\\d+")).toList();
            if (!inTable || numbers.size() != 7) {
                text.append(line).append('\n');
                continue;
            }
            text.append(String.join(" ", fields.stream().filter(f -> !f.isBlank() && !f.matches("\\d+")).toList()))
                    .append(" |\n");
            for (int c = 0; c < 7; c++) {
                boolean blank = c == 0 && line.startsWith("一、本年新收") || c == 1 && line.contains("1.属于国家秘密");
                text.append(blank ? "|" : numbers.get(c) + " |").append('\n');
            }
        }
        CheckResult r = check(text.toString());
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON).known()).isFalse();
        assertThat(r.report().requests().get(RequestRow.WITHHELD_STATE_SECRET, ApplicantColumn.COMMERCIAL_ENTERPRISE).known())
                .isFalse();
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(7));
        assertThat(only(r, Codes.CELL_MISSING)).hasSize(2).anySatisfy(d -> assertThat(d.message()).contains("自然人").contains("应为 5"))
                .anySatisfy(d -> assertThat(d.message()).contains("商业企业").contains("应为 0"));
        assertThat(only(r, Codes.CELL_INFERRED)).isEmpty();
        // Every other cell as base.txt has it.
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn col : ApplicantColumn.values()) {
                if (r.report().requests().get(row, col).known()) {
                    assertThat(r.report().requests().get(row, col)).isEqualTo(LayoutFixtureTests.expectedRequests().get(row, col));
                }
            }
        }
    }

    @Test
    void pipeRowsWithoutAnOpeningPipeAndAHeaderWrappedCellByCellAreRead() throws IOException {
        // As county CMS pages copy (a real capture, corpus/real/sources.md session 8): `label | 5 | | 0 |`, and the
        // header's 商业企业 / 科研机构 split over two lines row by row.
        StringBuilder sb = new StringBuilder();
        for (String line : base().split("\n", -1)) {
            sb.append(line.indexOf('\t') >= 0 ? line.replace("\t", " | ") + " |" : line).append('\n');
        }
        String text = sb.toString()
                .replace("商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
                        "商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |\n企业 | 机构 |")
                .replace("一、本年新收政府信息公开申请数量 | 5 | 1 | 0 |", "一、本年新收政府信息公开申请数量 | 5 |  | 0 |");
        assertThat(text).contains("企业 | 机构 |").contains("数量 | 5 |  | 0 |");
        CheckResult r = check(text);
        assertThat(only(r, Codes.T3_MISSING_COLUMN)).isEmpty();
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE).known()).isFalse();
        assertThat(only(r, Codes.CELL_MISSING)).singleElement().satisfies(d -> assertThat(d.message()).contains("应为 1"));
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(7));
        assertThat(r.report().requests().get(RequestRow.CARRIED_OUT, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(1));
    }

    @Test
    void aBlankHtmlCellInTheFirstColumnStaysUnknown() throws IOException {
        // <td>&nbsp;</td> for 自然人 of row 一: 5 is implied (7 − 1 − 1).
        String html = new String(LayoutFixtureTests.bytes("government-site.html"), StandardCharsets.UTF_8).replace(
                "<td>一、本年新收政府信息公开申请数量</td><td>5</td>", "<td>一、本年新收政府信息公开申请数量</td><td>&nbsp;</td>");
        CheckResult r = CHECKER.check(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(r.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON).known()).isFalse();
        assertThat(only(r, Codes.CELL_MISSING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("自然人").contains("应为 5"));
    }

    @Test
    void anEmptyDocxCellAndAnEmptyPipeCellStayUnknown() throws IOException {
        String blankTotal = base().replace(ROW_1, "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t1\t0\t");
        CheckResult docx = CHECKER.check(DocxFixtures.fromText(blankTotal), "r.docx");
        assertThat(docx.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.unknown());
        assertThat(only(docx, Codes.CELL_MISSING)).singleElement().satisfies(d -> assertThat(d.message()).contains("应为 7"));

        String pipe = new String(LayoutFixtureTests.bytes("pipe-table.md"), StandardCharsets.UTF_8);
        String row = pipe.lines().filter(l -> l.contains("本年新收")).findFirst().orElseThrow();
        CheckResult md = check(pipe.replace(row, "| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 |  | 1 | 0 | 7 |"));
        assertThat(md.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.PUBLIC_INTEREST_ORGANIZATION).known())
                .isFalse();
        assertThat(only(md, Codes.CELL_MISSING)).singleElement().satisfies(d -> assertThat(d.message()).contains("应为 0"));
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() throws IOException {
        // base.txt as a mirror site serves it: every character converted to Traditional (米易縣測試鎮…).
        String trad = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional").transliterate(base());
        assertThat(trad).contains("政府信息公開工作年度報告").contains("一、總體情況");
        CheckResult r = check(trad);
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
        assertThat(r.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        assertThat(json(r).path("reading").path("traditional").asBoolean()).isTrue();
        assertThat(json(check(base())).path("reading").path("traditional").asBoolean()).isFalse();
    }

    @Test
    void thePublicationDateComesFromThePageWhenTheSignatureHasNone() throws IOException {
        String text = base().replace("2026年1月20日\n", "\n")
                .replace("2025年政府信息公开工作年度报告\n", "2025年政府信息公开工作年度报告\n发布时间：2026-01-22 09:30  来源：米易县测试镇  字号：大 中 小\n");
        CheckResult r = check(text);
        assertThat(r.report().publishedOn()).hasToString("2026-01-22");
        assertThat(json(r).path("publishedOnSource").asString()).isEqualTo("page");
        assertThat(only(r, Codes.DATE_FROM_PAGE)).singleElement().satisfies(d -> assertThat(d.location().line()).isEqualTo(3));
    }

    @Test
    void thePublicationDateComesFromTheIndexTableOrThePageMeta() throws IOException {
        String noDate = base().replace("2026年1月20日\n", "\n");
        String indexTable = noDate.replace("米易县测试镇\n", "索引号\t11510421/2026-00012\t发布机构\t米易县测试镇\n发文日期\t2026-01-19\n米易县测试镇\n");
        assertThat(check(indexTable).report().publishedOn()).hasToString("2026-01-19");

        String html = new String(LayoutFixtureTests.bytes("government-site.html"), StandardCharsets.UTF_8)
                .replace("<p>2026年1月20日</p>", "").replace("<meta charset=\"utf-8\">",
                        "<meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"2026-01-21 10:05\">");
        CheckResult r = CHECKER.check(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(r.report().publishedOn()).hasToString("2026-01-21");
        assertThat(json(r).path("publishedOnSource").asString()).isEqualTo("pageMeta");
    }

    @Test
    void theOrganFromAYearFirstTitleIsNotMadeAGovernmentWhenItIsAZone() throws IOException {
        String text = base().replace("米易县测试镇\n2025年政府信息公开工作年度报告", "2025年攀枝花钒钛高新技术产业开发区政府信息公开工作年度报告")
                .replace("米易县测试镇人民政府\n2026年1月20日", "2026年1月20日");
        CheckResult r = check(text);
        assertThat(r.report().organ()).isEqualTo("攀枝花钒钛高新技术产业开发区");
        assertThat(r.report().year()).isEqualTo(2025);
    }

    @Test
    void theYearReadsFromSpacedAndShortTitles() throws IOException {
        String spaced = base().replace("2025年政府信息公开工作年度报告", "2025 年政府信息公开工作年度报告");
        assertThat(check(spaced).report().year()).isEqualTo(2025);
        String shortTitle = base().replace("米易县测试镇\n2025年政府信息公开工作年度报告", "米易县测试镇2025年报");
        CheckResult r = check(shortTitle);
        assertThat(r.report().year()).isEqualTo(2025);
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
    }

    @Test
    void anUnknownYearIsNotCheckedRatherThanAnError() throws IOException {
        String text = base().replaceAll("2025 ?年度?", "本年").replace("2026年1月20日", "");
        CheckResult r = check(text);
        assertThat(r.report().year()).isNull();
        assertThat(only(r, Codes.YEAR_MISMATCH)).isEmpty();
        assertThat(only(r, Codes.NOT_CHECKED)).anyMatch(d -> d.message().contains("年度"));
    }

    @Test
    void anApproximateTotalIsReadAndMarked() throws IOException {
        CheckResult r = check(base().replace("主动公开信息 120 条", "主动公开信息 3200余条"));
        assertThat(r.report().narrative().proactiveItemsTotal()).isEqualTo(3200L);
        assertThat(only(r, Codes.NARRATIVE_PARTS)).isEmpty(); // 80+30+10 = 120 against “3200余”: not a count
        assertThat(only(r, Codes.APPROXIMATE)).hasSize(1);
        assertThat(json(r).path("narrative").path("approximate").get(0).asString()).isEqualTo("proactiveItemsTotal");
    }

    @Test
    void narrativeCountsWithThousandsSetApartAndRequestsAsTheyAreWorded() throws IOException {
        // Probes of session 11: 主动公开…1,120 条 was unknown, and 共收到依申请信息公开26件 was no stated count of requests.
        CheckResult r = check(base().replace("主动公开信息 120 条，其中工作动态 80 条", "主动公开信息 1，120 条，其中工作动态 1,080 条")
                .replace("共收到政府信息公开申请 7 件", "共收到依申请信息公开7件"));
        assertThat(r.report().narrative().proactiveItemsTotal()).isEqualTo(1120L);
        assertThat(r.report().narrative().proactiveItemsByKind()).containsEntry("工作动态", 1080L);
        assertThat(r.report().narrative().requestsReceivedStated()).isEqualTo(7L);
        assertThat(only(r, Codes.NARRATIVE_PARTS)).isEmpty(); // 1,080 + 30 + 10 = 1,120
    }

    @Test
    void pageChromeAfterTheReportIsNotItsText() throws IOException {
        String text = base() + "\n【打印本页】【关闭窗口】\n上一篇：米易县测试镇2024年政府信息公开工作年度报告\n下一篇：无\n附件下载：\n";
        CheckResult r = check(text);
        assertThat(r.report().publishedOn()).hasToString("2026-01-20");
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
        assertThat(r.report().sectionText(cn.gongkai.report.model.Section.OTHER_MATTERS)).doesNotContain("上一篇");
    }

    @Test
    void aCaptureCutShortIsIncompleteAndItsMissingFiguresAreUnknownNotZero() throws IOException {
        String text = base();
        CheckResult r = check(text.substring(0, text.indexOf("四、政府信息公开行政复议")));
        assertThat(r.unreadable()).isFalse();
        assertThat(only(r, Codes.REPORT_INCOMPLETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("四、五、六"));
        ReviewOutcomes reconsideration = r.report().reviews().reconsideration();
        assertThat(reconsideration.cells()).allMatch(c -> !c.known());
        JsonNode json = json(r);
        assertThat(json.path("completeness").asString()).isEqualTo("incomplete");
        assertThat(json.path("missingSections").toString()).isEqualTo("[\"四\",\"五\",\"六\"]");
    }

    @Test
    void aCaptureCutAfterARowAndTheNextItemNumberKeepsTheRowsCells() throws IOException {
        // The page ends `…1.属于国家秘密 0 0 0 0 0 0 0 2` (as a real capture did): seven zeros, then the 2 of
        // `2.其他法律行政法规禁止公开`, whose label the cut took. The zeros are the row's; nothing after it is invented.
        String text = base();
        String cut = text.substring(0, text.indexOf("\t1.属于国家秘密")) + " 1.属于国家秘密 0 0 0 0 0 0 0 ";
        CheckResult r = check(cut + "2");
        for (ApplicantColumn c : ApplicantColumn.values()) {
            assertThat(r.report().requests().get(RequestRow.WITHHELD_STATE_SECRET, c)).isEqualTo(Cell.of(0));
            assertThat(r.report().requests().get(RequestRow.WITHHELD_PROHIBITED_BY_LAW, c).known()).isFalse();
            assertThat(r.report().requests().get(RequestRow.HANDLED_TOTAL, c).known()).isFalse();
        }
        assertThat(r.report().requests().get(RequestRow.PARTIALLY_GRANTED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
        assertThat(only(r, Codes.REPORT_INCOMPLETE)).singleElement().satisfies(d -> assertThat(d.message()).contains("四、五、六"));
        // 5 is not the next item's number (2): one number too many, the row stays unknown.
        CheckResult other = check(cut + "5");
        assertThat(other.report().requests().get(RequestRow.WITHHELD_STATE_SECRET, ApplicantColumn.TOTAL).known()).isFalse();
        assertThat(only(other, Codes.CELL_MISSING)).anySatisfy(d -> assertThat(d.message()).contains("8 个数字"));
    }

    @Test
    void aDamagedReportWithoutTitleOrHeadingsIsStillAReport() {
        CheckResult r = check("本机关2025年度政府信息公开工作年度报告如下。全年主动公开信息 12 条，收到政府信息公开申请 1 件。");
        assertThat(r.unreadable()).isFalse();
        assertThat(only(r, Codes.REPORT_INCOMPLETE)).hasSize(1);
    }

    @Test
    void aReportBefore2019IsReadForTheFiguresOfItsOldTable() {
        // The one-column table of the 2008 format; 历年累计 given apart for the first rows, run together
        // for 同意公开答复数 (“3150”: 3|150 or 31|50 both keep this year under the total: left unknown).
        String text = String.join("\n", "米易县测试局", "2017年政府信息公开工作年度报告",
                "一、概述", "本局认真贯彻落实《中华人民共和国政府信息公开条例》。",
                "二、主动公开政府信息情况", "指标\t单位\t本年数\t历年累计",
                "主动公开文件数\t条\t120\t1500", "受理依申请公开信息总数\t件\t5\t40", "同意公开答复数\t件\t3150",
                "三、依申请公开情况", "本年共受理申请5件。", "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "无。",
                "五、政府信息公开工作存在的主要问题及改进措施", "宣传不够。", "六、其他需要报告的事项", "无。",
                "米易县测试局", "2018年3月20日");
        CheckResult r = check(text);
        assertThat(r.unreadable()).isFalse();
        assertThat(only(r, Codes.SECTION_MISSING)).isEmpty();
        assertThat(only(r, Codes.LEGACY_FORMAT)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("主动公开信息数 120").contains("受理（收到）申请数 5"));
        JsonNode legacy = json(r).path("legacyStatistics");
        assertThat(legacy.path("proactiveItems").asLong()).isEqualTo(120);
        assertThat(legacy.path("requestsReceived").asLong()).isEqualTo(5);
        assertThat(legacy.has("grantedReplies")).isFalse();
        assertThat(only(r, Codes.CELL_MISSING)).isEmpty();
        assertThat(r.report().year()).isEqualTo(2017);
    }
}
