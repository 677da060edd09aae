package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What session 10's probe of thirty real captures (outside the repository; read by hand) found in the text itself,
 * each made from layouts/base.txt (米易县测试镇 2025, read by hand in LayoutFixtureTests) by the one change the real
 * page had; the expected values follow from that change.
 */
class ProbeCaptureTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    private static String base() throws IOException {
        return new String(LayoutFixtureTests.bytes("base.txt"), StandardCharsets.UTF_8);
    }

    private static CheckResult check(String text) {
        return CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "capture.txt");
    }

    @Test
    void aYearWithASpaceBeforeItsUnitInSectionFourIsNotATableNumber() throws IOException {
        // 审计局 2020 (a flipbook page): “2020 年，我单位…未出现申请行政复议…” above 表四; its 2020 made 16 numbers for
        // 15 columns, so the whole of 表四 was unknown.
        String text = base().replace("四、政府信息公开行政复议、行政诉讼情况\n",
                "四、政府信息公开行政复议、行政诉讼情况\n2025 年，本镇因政府信息公开被申请行政复议 2 件。\n");
        CheckResult r = check(text);
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
    }

    @Test
    void aOneLineReportThatOpensWithItsFirstHeadingFindsThatHeading() throws IOException {
        // 开平市农业农村局 2020 (a mirror): the page's text is one line that starts with 一、总体情况 and its prose.
        String text = base();
        String oneLine = text.substring(text.indexOf("一、总体情况")).replace("\n", " ").replace("（一）主动公开方面。", "");
        assertThat(oneLine).startsWith("一、总体情况  2025年，全镇主动公开信息 120 条");
        CheckResult r = check(oneLine);
        assertThat(r.sourceMap().missingSections()).isEmpty();
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.SECTION_MISSING));
        assertThat(r.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
    }

    @Test
    void theFirstItemOfAListOfProactiveCountsIsNotTheTotal() throws IOException {
        // 长寿区人社局 2021: 主动公开人事招聘信息118条、政策文件29条、… with no total stated.
        CheckResult r = check(base().replace("全镇主动公开信息 120 条，其中工作动态 80 条，通知公告 30 条，政策解读 10 条。",
                "全镇通过网站主动公开人事招聘信息 80 条、通知公告 30 条、政策解读 10 条。"));
        assertThat(r.report().narrative().proactiveItemsTotal()).isNull();
        CheckResult stated = check(base());
        assertThat(stated.report().narrative().proactiveItemsTotal()).isEqualTo(120L);
    }
    @Test
    void sectionFiveTitledWithNextYearsPlanIsFoundInOneLineText() throws IOException {
        // 平潭 公安局 2024 (a crawler's one line): 五、存在的主要问题及明年工作计划 was not a heading, so section 四 ran on
        // and the hotline 12345 in section 五's text was glued onto 表四's digits (all 15 cells unknown, SECTION-MISSING).
        String oneLine = base().replace("五、存在的主要问题及改进情况", "五、存在的主要问题及明年工作计划")
                .replace("一是信息更新不够及时。", "一是信息更新不够及时，12345热线转办件答复偏慢。").replace("\n", "").replace("\t", "");
        CheckResult r = check(oneLine);
        assertThat(r.sourceMap().missingSections()).isEmpty();
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.SECTION_MISSING));
    }
    @Test
    void aRowOfMoreBlankCellsThanColumnsSaysTheyAreBlankNotNumbers() throws IOException {
        // 区统计局 2023: (一)予以公开 | then eight bare | lines (cells copied one per line, all empty): unknown, and the
        // message said “8 个数字”.
        CheckResult r = check(base().replace("三、本年度办理结果\t（一）予以公开\t2\t1\t0\t0\t0\t0\t3",
                "三、本年度办理结果 （一）予以公开 |\n" + "|\n".repeat(8).strip()));
        assertThat(r.report().requests().get(cn.gongkai.report.model.RequestRow.GRANTED,
                cn.gongkai.report.model.ApplicantColumn.TOTAL).known()).isFalse();
        assertThat(r.diagnostics()).filteredOn(d -> d.code().equals(Codes.CELL_MISSING))
                .anySatisfy(d -> assertThat(d.message()).contains("予以公开").contains("8 个单元格（其中 8 个为空）"));
    }
    @Test
    void aHalfYearStatisticsPageIsNotCheckedAsAnAnnualReport() throws IOException {
        // 上海普陀 2022: 2022年上半年政府信息公开数据统计, numbered 一、二、三 like a report: it was checked as an incomplete
        // one (five SECTION-MISSING errors, a 表三 row read from a sentence).
        String page = "2025年上半年政府信息公开数据统计\n2025年07月25日 来源: 米易县\n一、公文类政府信息公开情况\n"
                + "2025年上半年，全县各级行政机关共制发公文707件，主动公开673件。\n二、依申请公开情况\n"
                + "上半年共收到申请263件，其中同意公开或部分公开共81件。\n三、政府信息公开相关行政复议、诉讼情况\n无。\n";
        CheckResult r = check(page);
        assertThat(r.unreadable()).isTrue();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("上半年").contains("不是"));
        assertThat(check(base()).unreadable()).isFalse();
        assertThat(check(base().replace("根据《中华人民共和国政府信息公开条例》", "上半年政府信息公开工作平稳。根据《中华人民共和国政府信息公开条例》"))
                .unreadable()).isFalse();
    }

    @Test
    void aReportBefore2019CutInsideItsReviewSectionIsIncomplete() throws IOException {
        // A capture of a 2008-format report whose excerpt ended in the middle of 因政府信息公开申请行政复议…的情况 was
        // called complete: reaching that section was taken as reaching the end. Each old-format corpus report (read by
        // hand: all five have that section followed by 问题和改进, none is cut) is cut there twice.
        for (String name : new String[] {"hexi-water-2012", "lianhua-2014", "qingshan-dev-2018", "shiqiao-2017", "yunling-2018"}) {
            String text;
            try (var in = ProbeCaptureTests.class.getResourceAsStream("/corpus/old-format/" + name + ".txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var heading = java.util.regex.Pattern.compile("\n[五六]、因政府信息公开申请行政复议").matcher(text);
            assertThat(heading.find()).as(name).isTrue();
            int lineEnd = text.indexOf('\n', text.indexOf('\n', heading.start() + 1) + 1); // the section's first sentence
            String midSentence = text.substring(0, lineEnd - 6);
            assertThat(only(check(midSentence), Codes.REPORT_INCOMPLETE)).as(name).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("缺少第五部分"));
            // Stopping after a whole sentence of that section may be how the report ends (some old reports do).
            assertThat(only(check(text.substring(0, lineEnd)), Codes.REPORT_INCOMPLETE)).as(name).isEmpty();
        }
    }

    @Test
    void cellsCopiedOnePerLineWithABarePipeOpeningEachRowAreRead() throws IOException {
        // 重庆 town 2022: each row opens with a bare `|` line, then its label and each cell on lines of their own, each
        // ending in a pipe (`| `, ` 规章  | `, ` 0  | `…). The opening pipe was read as a blank cell: four numbers for
        // three columns, 表二's rows unknown.
        StringBuilder text = new StringBuilder();
        for (String line : base().split("\n", -1)) {
            java.util.List<String> fields = java.util.Arrays.stream(line.split("\t")).filter(f -> !f.isBlank()).toList();
            if (fields.size() < 2 || fields.stream().noneMatch(f -> f.matches("[\\d.]+"))) {
                text.append(line).append('\n');
                continue;
            }
            text.append("| \n ").append(String.join(" ", fields.stream().filter(f -> !f.matches("[\\d.]+")).toList())).append("  | \n");
            fields.stream().filter(f -> f.matches("[\\d.]+")).forEach(f -> text.append(' ').append(f).append("  | \n"));
        }
        assertThat(text).contains("| \n 规章  | \n 0  | \n");
        CheckResult r = check(text.toString());
        assertThat(r.report().proactive()).isEqualTo(LayoutFixtureTests.expectedProactive());
        assertThat(r.report().requests()).isEqualTo(LayoutFixtureTests.expectedRequests());
        assertThat(only(r, Codes.CELL_MISSING)).isEmpty();
    }

    @Test
    void sectionOneRunIntoTheTextAroundItIsFound() throws IOException {
        // 甘肃 and 云南 towns 2022: `…等六部分组成。 一、总体情况 2022年,…` and `一、总体情况 2022年,…` on one line with the
        // paragraph (captures cut before 二, so no one-line report); 新疆 2023: `一、2023年工作开展情况`. Each: 一 missing.
        String base = base();
        String paragraph = "（一）主动公开方面。2025年，全镇主动公开信息 120 条";
        for (String text : new String[] {
            base.replace("工作年度报告。\n\n一、总体情况\n\n" + paragraph, "工作年度报告。 一、总体情况 " + paragraph),
            base.replace("一、总体情况\n\n" + paragraph, "一、总体情况 " + paragraph),
            base.replace("一、总体情况", "一、2025年工作开展情况")}) {
            assertThat(text).isNotEqualTo(base);
            CheckResult r = check(text);
            assertThat(r.diagnostics()).as(text.substring(0, 120)).noneMatch(d -> d.code().equals(Codes.SECTION_MISSING));
            assertThat(r.report().narrative().proactiveItemsTotal()).isEqualTo(120L);
        }
        // A list item run into a sentence is no heading: 一、加强组织领导 is not a section's title.
        CheckResult list = check(base.replace("一、总体情况\n\n" + paragraph, "一、加强组织领导 " + paragraph));
        assertThat(list.diagnostics()).anyMatch(d -> d.code().equals(Codes.SECTION_MISSING) && d.message().contains("第一部分"));
    }

    @Test
    void aCaptureCutInsideASentenceOfItsLastSectionIsIncompleteNotUnsigned() throws IOException {
        // 山东 开发区 2018: every section there, the excerpt ending `…并强化组织领`; it was called complete and unsigned.
        String text = base();
        String six = text.substring(0, text.indexOf("本年度未收取信息处理费。"));
        CheckResult cut = check(six + "本年度未收取信息处理费，依申请公开工作严格执行《条例》规定并强化组织领");
        assertThat(only(cut, Codes.REPORT_INCOMPLETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("句子中间").contains("并强化组织领"));
        assertThat(only(cut, Codes.SIGNATURE_MISSING)).isEmpty();
        assertThat(cn.gongkai.report.json.ReportJson.toNode(cut).path("completeness").asString())
                .isEqualTo("incomplete");
        // The same text ending on its full stop, or on a short 无, is a whole report without its signature.
        for (String end : new String[] {"本年度未收取信息处理费，依申请公开工作严格执行《条例》规定并强化组织领导。", "无"}) {
            CheckResult whole = check(six + end);
            assertThat(only(whole, Codes.REPORT_INCOMPLETE)).as(end).isEmpty();
            assertThat(only(whole, Codes.SIGNATURE_MISSING)).as(end).hasSize(1);
        }
    }

    @Test
    void aSentenceThatDeniesCorrectionsOrLostSuitsIsNoCountOfCases() throws IOException {
        // 上海市人民政府办公厅 2025: “全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形” gave two false NARRATIVE-MISMATCH
        // errors (复议 0 and 诉讼 0 against 表四's 55 and 34). base.txt's 表四: 复议 2 (1 upheld, 1 pending), 诉讼 1.
        String sentence = "因政府信息公开工作被申请行政复议 2 件。";
        assertThat(base()).contains(sentence);
        CheckResult denied = check(base().replace(sentence, "全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。"));
        assertThat(only(denied, Codes.NARRATIVE_MISMATCH)).isEmpty();
        assertThat(denied.report().narrative().reconsiderationsStated()).isNull();
        // Saying there were none still is a count, and contradicts the table.
        CheckResult none = check(base().replace(sentence, "全年未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。"));
        assertThat(only(none, Codes.NARRATIVE_MISMATCH)).hasSize(2);
    }

    @Test
    void aWrappedTitleUnderACitationOfTheFormatNoticeKeepsItsOrgan() throws IOException {
        // 上海市人民政府办公厅 2025 (PDF to markdown): the title over two lines, the opening sentence wrapped so that one of
        // its lines reads “定》）和《关于印发中华人民共和国政府信息公开工作年度报告”: that line was taken for the title.
        String text = base().replace("米易县测试镇\n2025年政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》的规定，"
                + "现公布测试镇人民政府2025年度政府信息公开工作年度报告。",
                "2025 年米易县测试局政府信息公开\n工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》（以\n下简称《条例》）、"
                + "《四川省政府信息公开规定》（以下简称《规\n定》）和《关于印发中华人民共和国政府信息公开工作年度报告\n格式的通知》的要求编制。")
                .replace("米易县测试镇人民政府\n2026年1月20日", "2026年1月20日"); // the title alone names the organ
        assertThat(text).contains("定》）和《关于印发");
        assertThat(check(text).report().organ()).isEqualTo("米易县测试局");
    }

    @Test
    void proactiveRowsPrintedOutOfOrderAreEachRead() throws IOException {
        // 上海市科委 2024 (PDF to markdown): 行政许可…行政事业性收费 as text, then the 规章 and 规范性文件 rows as a table after
        // them. Looking for the rows in order found 规章 last and lost every row before it.
        String rows = "规章\t0\t0\t0\n行政规范性文件\t2\t1\t5\n";
        String text = base().replace(rows, "").replace("行政事业性收费\t1.5\n", "行政事业性收费\t1.5\n" + rows);
        assertThat(text).isNotEqualTo(base());
        assertThat(check(text).report().proactive()).isEqualTo(LayoutFixtureTests.expectedProactive());
    }

    @Test
    void withoutSectionFivesHeadingTheNumbersOfItsProseAreNotTableFours() throws IOException {
        // 上海市人民政府办公厅 2025: no 五 heading, so 表四's region ran on into the improvements' paragraphs and their
        // numbers made 16 for 15 cells: all of 表四 unknown.
        String text = base().replace("五、存在的主要问题及改进情况\n\n一是信息更新不够及时。下一步将完善信息报送制度。",
                "（一）2025 年工作中存在问题的改进情况\n针对信息更新不够及时的问题，全年开展专题培训 3 次，完善报送制度 2 项。");
        assertThat(text).isNotEqualTo(base());
        CheckResult r = check(text);
        assertThat(r.report().reviews()).isEqualTo(LayoutFixtureTests.expectedReviews());
        // A number in a sentence before the table is not cut off: 16 numbers, no guess which is not the table's.
        CheckResult noted = check(base().replace("四、政府信息公开行政复议、行政诉讼情况\n",
                "四、政府信息公开行政复议、行政诉讼情况\n注：行政复议、行政诉讼数量含上年度结转数量，共 3 起。\n"));
        assertThat(noted.report().reviews().reconsideration().total().known()).isFalse();
    }

    @Test
    void theHeadersTotalColumnIsNotRowSeven() throws IOException {
        // 湖南/茹荷镇 captures cut right after 表三's header `自然人 | 法人或其他组织 | 总计 | |||||||`: its 总计 was read as
        // row （七）总计 with seven blank cells (seven false CELL-MISSING “单元格为空”).
        String text = base();
        String head = text.substring(0, text.indexOf("（本列数据的勾稽关系为"));
        for (String cut : new String[] {text.substring(0, text.indexOf("一、本年新收政府信息公开申请数量")),
            head + "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
                + "自然人 | 法人或其他组织 | 总计 | |||||||\n商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"}) {
            CheckResult r = check(cut);
            assertThat(r.diagnostics()).as(cut.substring(cut.length() - 60))
                    .noneMatch(d -> d.code().equals(Codes.CELL_MISSING) && d.message().contains("单元格为空"));
            assertThat(r.report().requests().get(cn.gongkai.report.model.RequestRow.HANDLED_TOTAL,
                    cn.gongkai.report.model.ApplicantColumn.TOTAL).known()).isFalse();
        }
    }

    @Test
    void aCaptureCutInsideARowKeepsItsFirstCellsAndInfersNothingAfterThem() throws IOException {
        // 广州 海珠 街道 2023: the excerpt ends `6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0`; the cut row's 总计 was filled in
        // from the row's sum (CELL-INFERRED 0), a figure the capture never showed.
        String text = base();
        String row = "（一）予以公开\t2\t1\t0\t0\t0\t0";
        assertThat(text).contains(row + "\t3");
        CheckResult r = check(text.substring(0, text.indexOf(row) + row.length()));
        var granted = cn.gongkai.report.model.RequestRow.GRANTED;
        assertThat(r.report().requests().get(granted, cn.gongkai.report.model.ApplicantColumn.NATURAL_PERSON))
                .isEqualTo(cn.gongkai.report.model.Cell.of(2));
        assertThat(r.report().requests().get(granted, cn.gongkai.report.model.ApplicantColumn.COMMERCIAL_ENTERPRISE))
                .isEqualTo(cn.gongkai.report.model.Cell.of(1));
        assertThat(r.report().requests().get(granted, cn.gongkai.report.model.ApplicantColumn.TOTAL).known()).isFalse();
        assertThat(only(r, Codes.CELL_INFERRED)).isEmpty();
        assertThat(only(r, Codes.CELL_MISSING)).anySatisfy(d -> assertThat(d.message()).contains("中断"));
        // The same row with its 总计 missing in a whole report is a gap, placed by the sums as before.
        CheckResult whole = check(text.replace(row + "\t3", row));
        assertThat(whole.report().requests().get(granted, cn.gongkai.report.model.ApplicantColumn.TOTAL))
                .isEqualTo(cn.gongkai.report.model.Cell.of(3));
    }

    @Test
    void aBlankCellOfTable2KeptApartIsBlankInItsColumnAndTheOthersAreRead() throws IOException {
        // Session 12, a 喀左县 capture: | 规章 | 0 | 0 | | — the pipe table's empty 现行有效 cell made the whole row
        // unknown (two numbers for three columns). Now 0 and 0 are read and the blank is 现行有效, with CELL-MISSING.
        // In TAB text a trailing empty field is as often a stray tab (CellFields), so the TAB case blanks a middle cell.
        String tab = base().replace("行政规范性文件\t2\t1\t5", "行政规范性文件\t2\t\t5");
        String pipe = base().replace("规章\t0\t0\t0", "| 规章 | 0 | 0 | |").replace("信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |");
        assertThat(tab).contains("行政规范性文件\t2\t\t5");
        assertThat(pipe).contains("| 规章 | 0 | 0 | |");
        CheckResult t = check(tab);
        assertThat(t.report().proactive().normativeDocuments().issued()).isEqualTo(cn.gongkai.report.model.Cell.of(2));
        assertThat(t.report().proactive().normativeDocuments().repealed().known()).isFalse();
        assertThat(t.report().proactive().normativeDocuments().inForce()).isEqualTo(cn.gongkai.report.model.Cell.of(5));
        CheckResult p = check(pipe);
        assertThat(p.report().proactive().rules().issued()).isEqualTo(cn.gongkai.report.model.Cell.of(0));
        assertThat(p.report().proactive().rules().repealed()).isEqualTo(cn.gongkai.report.model.Cell.of(0));
        assertThat(p.report().proactive().rules().inForce().known()).isFalse();
        for (CheckResult r : java.util.List.of(t, p)) {
            assertThat(only(r, Codes.CELL_MISSING)).filteredOn(d -> "二".equals(d.location().table())).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains(r == t ? "本年废止件数" : "现行有效件数").contains("单元格为空"));
        }
    }

    private static java.util.List<cn.gongkai.report.diagnostic.Diagnostic> only(CheckResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }
}
