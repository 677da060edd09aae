package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
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
    void anOrganThatCallsItselfByItsLevelIsNamedByItsWebsite() throws IOException {
        // 立山区 2024 (probe of session 11): “…的相关要求，区政府切实完善工作机制…” and “通过立山区政府网站，集中公开…”.
        String text = bare().replace("（一）主动公开方面。", "（一）主动公开方面。通过测试镇政府网站集中公开信息。");
        String self = "2025年，根据《中华人民共和国政府信息公开条例》的相关要求，镇政府切实完善工作机制。\n";
        CheckResult r = check(self + text);
        assertThat(r.report().organ()).isEqualTo("测试镇人民政府");
        assertThat(cn.gongkai.report.json.ReportJson.toNode(r).path("organSource").asString()).isEqualTo("selfReference");
        // Another level (a 镇 that publishes on its county's site), or a department's 按照县政府要求: no organ is made up.
        assertThat(check(self.replace("镇政府", "县政府") + text).report().organ()).isNull();
        assertThat(check(self.replace("，镇政府切实", "，我局按照镇政府要求切实") + text).report().organ()).isNull();
    }

    @Test
    void anInstitutionThatCallsItselfOursIsNamedWhereItSaysWhomToContact() throws IOException {
        // 太和县中医院 2019 (probe of session 11): “我院高度重视…如对本报告有任何疑问，可与太和县中医院行政办公室联系”.
        String opening = "2025年，我院高度重视政府信息公开工作。如对本报告有任何疑问，可与米易县测试医院行政办公室联系，联系电话：0812-1234567。\n";
        assertThat(check(opening + bare()).report().organ()).isEqualTo("米易县测试医院");
        // The name must end as the self-reference does: 我局 and a hospital's office name no organ.
        assertThat(check(opening.replace("我院", "我局") + bare()).report().organ()).isNull();
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

    @Test
    void theOpeningsOwnVerbBeforeWeIsNotAnOrgan() throws IOException {
        // 现将我局…报告如下: the organ is never named; "现将我局" once came out as its name.
        CheckResult r = check("按照县政府通知要求，现将我局2025年政府信息公开工作报告如下：\n" + bare());
        assertThat(r.report().organ()).isNull();
    }

    @Test
    void aViewersPagePrefixIsNotPartOfTheTitlesOrgan() throws IOException {
        CheckResult r = check("Page 8 - 米易县测试局2025年政府信息公开工作年度报告\nP. 8\n" + bare());
        assertThat(r.report().organ()).isEqualTo("米易县测试局");
    }

    @Test
    void theSubjectAfterAnAdverbialOrASinceIsTheOrgan() throws IOException {
        CheckResult r = check(bare().replace("2025年，全镇主动公开信息", "2025年，在县委、县政府的坚强领导下，测试街道办事处认真公开信息"));
        assertThat(r.report().organ()).isEqualTo("测试街道办事处");
        r = check(bare().replace("2025年，全镇主动公开信息", "2025年以来，丰收乡按照要求主动公开信息"));
        assertThat(r.report().organ()).isEqualTo("丰收乡人民政府");
    }

    @Test
    void withoutAnyOtherYearSectionOnesFirstSentenceGivesIt() throws IOException {
        // bare() names 2025 only in section 一 (once in its first sentence, then in other sentences): made single here.
        String text = bare().replaceFirst("2025年", "\u0000").replace("2025年", "本年").replace("\u0000", "2025年");
        CheckResult r = check(text);
        assertThat(r.report().year()).isEqualTo(2025);
    }

    @Test
    void theReportNamedInTheOpeningOutranksAStaleStatisticsPeriod() throws IOException {
        CheckResult r = check("根据条例要求，本局编制了2025年政府信息公开年度报告。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
                + bare());
        assertThat(r.report().year()).isEqualTo(2025);
    }

    @Test
    void aBareDateLabelOnThePageIsThePublicationDate() throws IOException {
        CheckResult r = check("米易县测试镇2025年政府信息公开工作年度报告\n日期:2026-01-27 14:59 来源:zwgk001\n字号:\n" + bare());
        assertThat(r.report().publishedOn()).hasToString("2026-01-27");
        // …but not a date with another word before 日期.
        r = check("米易县测试镇2025年政府信息公开工作年度报告\n截止日期:2025-12-31\n" + bare());
        assertThat(r.report().publishedOn()).isNull();
    }

    @Test
    void moreWaysPagesAndOpeningsNameTheDateAndTheOrgan() throws IOException {
        // Each as a real page had it (session 8 probe, corpus/real/sources.md), on base.txt's section 一 onwards.
        assertThat(check("米易县测试局2025年政府信息公开年度报告\n发表时间:2026-01-15 16:35\n" + bare()).report().publishedOn())
                .hasToString("2026-01-15");
        assertThat(check("来源: | 米易县财政局 | 发布日期: | 2026年01月15日 |\n" + bare()).report().organ()).isEqualTo("米易县财政局");
        assertThat(check(bare().replace("2025年，全镇主动公开信息", "2025年七里坪镇严格按照条例主动公开信息")).report().organ())
                .isEqualTo("七里坪镇人民政府");
        assertThat(check("为认真做好米易县卫生健康局政府信息公开工作，我局按照要求，现向社会公布2025年度本单位年度报告。\n" + bare())
                .report().organ()).isEqualTo("米易县卫生健康局");
        // The town's office that compiled the report is not the organ that publishes it.
        assertThat(check("本报告由两城镇人民政府党政办公室编制。\n" + bare()).report().organ()).isEqualTo("两城镇人民政府");
    }

    @Test
    void sectionOneUnderItsOlderNameOrRunOntoTheSentenceBeforeIsFound() throws IOException {
        CheckResult r = check(bare().replace("一、总体情况", "一、工作基本情况"));
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.SECTION_MISSING));
        r = check("如对本报告有疑问，请与测试镇党政办联系（电话：0812-1234567）。一、总体情况\n" + bare().substring("一、总体情况".length()));
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.SECTION_MISSING));
    }

    @Test
    void aCaptureCutShortIsNotSaidToLackItsSignature() throws IOException {
        String cut = bare().substring(0, bare().indexOf("四、"));
        CheckResult r = check(cut);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.SIGNATURE_MISSING))
                .anyMatch(d -> d.code().equals(Codes.NOT_CHECKED) && d.message().contains("落款"));
        // Cut inside 表三: its unread rows are not the organ's blanks.
        r = check(bare().substring(0, bare().indexOf("1.属于国家秘密")));
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.T3_EMPTY))
                .anyMatch(d -> d.code().equals(Codes.NOT_CHECKED) && d.message().contains("表三之后的内容未读到"));
        // A whole report without one still gets the warning.
        assertThat(check(bare()).diagnostics()).anyMatch(d -> d.code().equals(Codes.SIGNATURE_MISSING));
    }

    @Test
    void whatMustNotBeTakenForTheYearOrTheOrgan() throws IOException {
        // A "since" year opening section 一 is not the report's: 2018 would make it a report before 2019.
        String once = bare().replaceFirst("2025年", "\u0000").replace("2025年", "本年").replace("\u0000", "2018年以来，");
        assertThat(check(once).report().year()).isNull();
        // 加强对全县各乡镇…: not an organ; nor a CMS's 发布机构 without its place.
        assertThat(check("县政府办公室进一步加强对全县各乡镇政府信息公开工作的指导。\n" + bare()).report().organ()).isNull();
        assertThat(check("发布机构：县人民政府\n" + bare()).report().organ()).isNull();
        // A page's link to another report before the title does not contradict the title's year.
        CheckResult r = check("上一篇：米易县测试局2024年政府信息公开工作年度报告。\n米易县测试镇2025年政府信息公开工作年度报告\n" + bare());
        assertThat(r.report().year()).isEqualTo(2025);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(Codes.YEAR_MISMATCH));
    }

    // Session 10's probe of thirty real captures (outside the repository; figures read by hand): the organ and the
    // date as those pages gave them, each put into bare() here.

    @Test
    void aBareTitleRepeatedUnderTheFullOneDoesNotMakeThePagesFieldTheOrgan() throws IOException {
        // 金厂镇 2025: the full title, the page's 发布日期/点击数 line, then 政府信息公开工作年度报告 alone.
        CheckResult r = check("2025年测试镇政府信息公开工作年度报告\n\n发布日期:2026-01-12    点击数:\n\n政府信息公开工作年度报告\n\n"
                + bare());
        assertThat(r.report().organ()).isEqualTo("测试镇人民政府");
        assertThat(r.report().year()).isEqualTo(2025);
        assertThat(r.report().publishedOn()).hasToString("2026-01-12");
    }

    @Test
    void aTitleWrittenTwiceUnderTheOrgansNameKeepsTheName() throws IOException {
        // 五常市民意乡 2021: the organ on its own line, then the year's title twice.
        CheckResult r = check("米易县测试乡\n2025年政府信息公开工作年度报告\n2025年政府信息公开工作年度报告\n" + bare());
        assertThat(r.report().organ()).isEqualTo("米易县测试乡人民政府");
    }

    @Test
    void aCmsNameFieldSetApartBySpacesIsNotPartOfTheOrgan() throws IOException {
        // 山阳县 2020: the 索引号 block repeats the title after 名  称 (spaces, no colon).
        CheckResult r = check("米易县测试镇人民政府2025年政府信息公开工作年度报告\n索 引 号 01606072-9-30/2026-0120004 发布机构 县政府办\n"
                + "名  称 米易县测试镇人民政府2025年政府信息公开工作年度报告\n" + bare());
        assertThat(r.report().organ()).isEqualTo("米易县测试镇人民政府");
    }

    @Test
    void aDateLineWithTheReportRunOntoItAfterTheSourceIsThePublicationDate() throws IOException {
        // 普陀区人社局 2021: 2022年01月25日 来源: 上海普陀本年度报告根据… (the page ran the opening onto the date line).
        CheckResult r = check("米易县测试镇2025年政府信息公开工作年度报告\n2026年01月25日 来源: 米易县人民政府本年度报告根据《中华人民共和国"
                + "政府信息公开条例》的要求编制，全文包括总体情况、主动公开政府信息情况等六个部分。\n" + bare());
        assertThat(r.report().publishedOn()).hasToString("2026-01-25");
    }

    @Test
    void theOrganIsTheSubjectOfTheOpeningParagraphBeforeSectionOne() throws IOException {
        // 浦沿街道 2024: 2024年,浦沿街道办事处严格按照… as the paragraph before 一、总体情况, no title.
        CheckResult r = check("2025年，米易县测试街道办事处严格按照《条例》规定，深化政务公开。\n" + bare());
        assertThat(r.report().organ()).isEqualTo("米易县测试街道办事处");
    }

    @Test
    void anOfficesAliasInBracketsDoesNotHideTheOrganThatCompiledTheReport() throws IOException {
        // 江干区行政审批服务管理办公室 2017: 由X(Y)编制的…年度报告.
        CheckResult r = check("本报告是由米易县行政审批服务管理办公室（公共资源交易管理委员会办公室）编制的2025年度政府信息公开工作年度报告。\n"
                + bare());
        assertThat(r.report().organ()).isEqualTo("米易县行政审批服务管理办公室");
    }
    @Test
    void theOrganThatSaysItCompiledItsOwnReportIsTheOrgan() throws IOException {
        // 黄龙县市场监督管理局 2022: …要求，X结合单位实际，编制本单位2022年度…年度报告。
        CheckResult r = check("根据米易县人民政府办公室的通知要求，米易县市场监督管理局结合单位实际，编制本单位2025年度政府信息公开工作年度报告。\n"
                + bare());
        assertThat(r.report().organ()).isEqualTo("米易县市场监督管理局");
    }

    @Test
    void aReportNamedYearFirstInTheOpeningGivesOrganAndYear() throws IOException {
        // 开平市农业农村局 2020: …特向社会公布2020年开平市农业农村局政府信息公开工作年度报告。 (no title line)
        CheckResult r = check("根据《中华人民共和国政府信息公开条例》的文件精神，特向社会公布2025年米易县农业农村局政府信息公开工作年度报告。\n"
                + bare());
        assertThat(r.report().organ()).isEqualTo("米易县农业农村局");
        assertThat(r.report().year()).isEqualTo(2025);
    }

    @Test
    void aPageFieldNamingAParkOrAStationIsTheOrgan() throws IOException {
        // 冷水滩区 2020: the organ only in the 索引号 table's pipe cell “发文机关|冷水滩区高科园|”.
        CheckResult r = check("|索引号|430000-01-2021-0001|发文机关|米易县测试工业园|\n" + bare());
        assertThat(r.report().organ()).isEqualTo("米易县测试工业园");
        CheckResult station = check("来源：米易县测试农业技术推广站\n" + bare());
        assertThat(station.report().organ()).isEqualTo("米易县测试农业技术推广站");
        // The site itself is no organ.
        assertThat(check("来源：本站\n" + bare()).report().organ()).isNull();
    }

    @Test
    void aSignatureThatMistypesOneCharacterOfTheTitlesOrganLosesToTheTitle() throws IOException {
        // A 金融局 report signed 全融局 (probe of session 10): the title's name is the one that was read over.
        String text = new String(LayoutFixtureTests.bytes("base.txt"), StandardCharsets.UTF_8);
        int signature = text.lastIndexOf("米易县测试镇人民政府");
        String misspelt = text.substring(0, signature) + "米易县测试填人民政府" + text.substring(signature + "米易县测试镇人民政府".length());
        assertThat(check(misspelt).report().organ()).isEqualTo("米易县测试镇人民政府");
        // Two characters apart is another organ signing (a department's report signed by its government): the signature.
        String other = text.substring(0, signature) + "米易县测试局" + text.substring(signature + "米易县测试镇人民政府".length());
        assertThat(check(other).report().organ()).isEqualTo("米易县测试局");
    }

    @Test
    void pageDatesWithTheirTimeOrInBracketedOrTimedFieldsAreThePublicationDate() throws IOException {
        // Session 11's probe: 广西 (date, time and 来源 on one line), 黑龙江 (date and time alone under the title),
        // 山东 ([ 成文日期 ] | …), 宁夏 (| 发文时间 | …): each page's date was missed.
        String title = "米易县测试镇2025年政府信息公开工作年度报告\n";
        for (String head : new String[] {"    2026-01-20 18:07     来源:米易县测试镇人民政府\n", "2026-01-20 15:07\n",
            "[ 成文日期 ] | 2026-01-20 | [ 有 效 性 ] | 有效中 |\n", "索 引 号 | 640421031/2026-00003 | 发文时间 | 2026-01-20 |\n", "2026-01-20 10:27:52 米易县人民政府办公室 字体:\n"}) {
            CheckResult r = check(title + head + bare());
            assertThat(r.report().publishedOn()).as(head).hasToString("2026-01-20");
        }
        // A time of day alone is not a date line's; a sentence that opens with a date is not one either.
        assertThat(check(title + "2026-01-20 15:07 全镇召开政务公开工作推进会，部署本年度各项工作任务并提出要求\n" + bare())
                .report().publishedOn()).isNull();
    }

    @Test
    void moreOpeningsThatNameTheOrganAndAPeriodOverTwoYears() throws IOException {
        // Session 11's probe: 广西 钦北区 (the report's name in 《》 after 现公布), 新疆 七户乡 (由七户乡编制的…), 湖北 武湖街
        // (a subdistrict by its short name as the subject), a hijacked mirror (gambling words before the organ), each
        // organ missed or wrong; 长江大学 (a school year's period) got the year the period starts in.
        String opening = "根据《中华人民共和国政府信息公开条例》要求，现公布《米易县测试镇2025年政府信息公开工作年度报告》。\n";
        assertThat(check(opening + bare()).report().organ()).isEqualTo("米易县测试镇人民政府");
        assertThat(check("本年报是由测试乡编制的2025度政府信息公开年度报告。\n" + bare()).report().organ()).isEqualTo("测试乡人民政府");
        CheckResult street = check(bare().replace("2025年，全镇主动公开信息", "2025年，测试街认真贯彻落实条例，主动公开信息"));
        assertThat(street.report().organ()).isEqualTo("测试街道办事处");
        assertThat(street.report().organKind()).isEqualTo(cn.gongkai.report.model.OrganKind.SUBDISTRICT);
        CheckResult hijacked = check(bare().replace("2025年，全镇主动公开信息",
                "2025年，在区委、区政府的正确领导下，新葡京博彩官网区人民政府测试街道办事处认真贯彻落实条例，主动公开信息"));
        assertThat(hijacked.report().organ()).isEqualTo("测试街道办事处");
        String period = "本报告所列数据的统计期限为2019年9月1日—2020年8月31日。\n";
        assertThat(check(period + bare().replace("2025", "本")).report().year()).isEqualTo(2020);
        assertThat(cn.gongkai.report.model.OrganKind.fromOrganName("宝力根花苏木人民政府"))
                .isEqualTo(cn.gongkai.report.model.OrganKind.TOWNSHIP);
    }

    @Test
    void anHtmlPagesTitleNamesTheOrganWhenTheBodyPrintsNoTitle() throws IOException {
        // A report page whose <title> alone names the report (测试市2025年…年度报告), with the site's name after it.
        StringBuilder body = new StringBuilder();
        for (String line : bare().split("\n")) {
            body.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        String page = "<html><head><title>米易县测试局2025年政府信息公开工作年度报告_米易县人民政府网</title></head><body>"
                + body + "</body></html>";
        CheckResult r = CHECKER.check(page.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(r.report().organ()).isEqualTo("米易县测试局");
        assertThat(cn.gongkai.report.json.ReportJson.toNode(r).path("organSource").asString()).isEqualTo("pageTitle");
        // A <title> that is only the site's name gives nothing.
        String site = page.replace("米易县测试局2025年政府信息公开工作年度报告_米易县人民政府网", "米易县人民政府网");
        assertThat(CHECKER.check(site.getBytes(StandardCharsets.UTF_8), "page.html").report().organ()).isNull();
    }

    @Test
    void theSubjectBeforeItsWebsiteOrItsDisclosureWorkIsTheOrganButNotTheYearsOwnWord() throws IOException {
        // Session 11's probe: 玉林市民政局网站公开信息…, 天山乡政府信息公开工作坚持… (organs missed); 2021年度本镇… must not give
        // the organ 度本镇 (本镇 names no place).
        assertThat(check(bare().replace("2025年，全镇主动公开信息", "2025年，米易县测试局网站主动公开信息")).report().organ())
                .isEqualTo("米易县测试局");
        assertThat(check(bare().replace("2025年，全镇主动公开信息", "2025年，测试乡政府信息公开工作坚持公开为常态，主动公开信息"))
                .report().organ()).isEqualTo("测试乡人民政府");
        assertThat(check(bare().replace("2025年，全镇主动公开信息", "2025年度本镇政府信息公开工作坚持公开为常态，主动公开信息"))
                .report().organ()).isNull();
    }
}
