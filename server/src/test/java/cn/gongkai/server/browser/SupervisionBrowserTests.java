package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.request.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Supervision in a real browser: a citizen's suggestion answered and published; an inspection finding
 * rectified by the township and accepted; the supervisor's monthly assessment ranking the demo organs
 * and the bulletin exported as Word and PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:supervision-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class SupervisionBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @Test
    void aCitizensSuggestionIsAnsweredAndTheReplyPublished() {
        clock.set(LocalDate.of(2025, 9, 15));
        browser.manage().deleteAllCookies();
        browser.get(url("/feedback/gaoping"));
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("建议");
        browser.findElement(By.id("content")).sendKeys("建议在门户公开集贸市场改造的工程进度。");
        browser.findElement(By.id("contact")).sendKeys("13812345678");
        browser.findElement(By.id("mayPublish")).click();
        answerTheQuestion();
        submit(By.cssSelector("main form button[type=submit]"));
        String number = browser.findElement(By.id("number")).getText();
        String code = browser.findElement(By.id("code")).getText();
        assertThat(number).isEqualTo("gaoping-J2025-0001");

        clock.set(LocalDate.of(2025, 9, 17));
        signIn("gaoping.admin");
        submit(By.linkText("投诉建议"));
        WebElement item = browser.findElement(By.cssSelector("article.feedback"));
        assertThat(item.getText()).contains("建议在门户公开集贸市场改造的工程进度。").contains("来信人同意公开").doesNotContain("13812345678");
        item.findElement(By.name("reply")).sendKeys("已在“法定主动公开内容—重大建设项目”栏目按月公开工程进度。");
        item.findElement(By.name("publish")).click();
        submit(By.xpath("//form[contains(@action,'/reply')]//button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("已答复并公开。");

        browser.manage().deleteAllCookies();
        browser.get(url("/feedback/status"));
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("code")).sendKeys(code);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("feedback-status")).getText()).isEqualTo("已答复（2025-09-17）");
        assertThat(browser.findElement(By.id("reply")).getText()).isEqualTo("答复：已在“法定主动公开内容—重大建设项目”栏目按月公开工程进度。");
        browser.get(url("/feedback/gaoping"));
        assertThat(browser.findElement(By.cssSelector("article.answer")).getText())
                .contains("建议在门户公开集贸市场改造的工程进度。").contains("答复（2025-09-17）").doesNotContain("13812345678");
    }

    @Test
    void anInspectionFindingIsRectifiedAndAccepted() {
        clock.set(LocalDate.of(2025, 11, 3));
        signIn("county.supervisor");
        submit(By.linkText("监督检查与整改台账"));
        new Select(browser.findElement(By.id("organ"))).selectByVisibleText("米易县普威镇人民政府");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("领导信息更新不及时");
        browser.findElement(By.id("description")).sendKeys("“领导之窗”仍为上届班子成员");
        submit(By.xpath("//button[text()='记录问题']"));
        String recorded = browser.findElement(By.cssSelector("[role=status]")).getText();
        assertThat(recorded).matches("已记录问题 JC2025-\\d{4}，已通知被检查机关整改。");
        number = recorded.substring(6, 17); // the tests share a database: the number depends on what ran before
        // 15 working days from Monday 3 Nov 2025: 4–7, 10–14, 17–21, 24 → 24 Nov.
        assertThat(row().getText()).contains("2025-11-24").contains("待整改");

        clock.set(LocalDate.of(2025, 11, 6));
        signIn("puwei.admin");
        submit(By.linkText("监督检查与整改台账"));
        row().findElement(By.name("rectification")).sendKeys("已更新领导之窗的成员、分工和照片");
        submit(By.xpath("//tr[@id='finding-" + number + "']//button[text()='提交整改']"));
        assertThat(row().findElement(By.cssSelector(".status")).getText()).isEqualTo("已整改待确认");

        signIn("county.supervisor");
        submit(By.linkText("监督检查与整改台账"));
        submit(By.xpath("//tr[@id='finding-" + number + "']//button[text()='确认整改完成']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("已确认整改完成。");
        assertThat(row().findElement(By.cssSelector(".status")).getText()).isEqualTo("整改完成");
        assertThat(row().getText()).contains("已更新领导之窗的成员、分工和照片（2025-11-06，puwei.admin）")
                .contains("确认：2025-11-06，county.supervisor");
    }

    @Test
    void theSupervisorRanksTheMonthAndExportsTheBulletin(@TempDir Path downloads) throws Exception {
        clock.set(LocalDate.of(2025, 9, 1));
        signIn("county.supervisor");
        submit(By.linkText("监督检查与整改台账"));
        new Select(browser.findElement(By.id("organ"))).selectByVisibleText("米易县小铺镇人民政府");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("图片不显示");
        browser.findElement(By.id("description")).sendKeys("“图片展示”栏目多张图片不显示");
        submit(By.xpath("//button[text()='记录问题']"));

        clock.set(LocalDate.of(2025, 10, 9));
        signIn("county.supervisor");
        submit(By.linkText("月度考核与通报"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2025年9月政府信息公开工作考核");
        List<String> ranking = browser.findElements(By.cssSelector("#ranking tbody tr")).stream().map(WebElement::getText).toList();
        // Nothing published in the demo month: 80 each; 小铺镇 also left a finding past its day (22 Sep): 77.5.
        assertThat(ranking).hasSize(7);
        assertThat(ranking.get(0)).startsWith("1 米易县教育和体育局 80.0");
        assertThat(ranking.get(6)).startsWith("7 米易县小铺镇人民政府 77.5");
        submit(By.id("issue"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("已发布2025年9月考核结果，可以下载通报。");
        assertThat(browser.findElements(By.id("issue"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#trend")).getText()).contains("小铺镇").contains("77.5");

        Browser.downloadTo(browser, downloads);
        browser.findElement(By.id("bulletin-docx")).click();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(Browser.awaitDownload(downloads, ".docx")))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("米易县人民政府政府信息公开工作月度考核通报（2025年9月）");
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).hasSize(8);
            assertThat(t.getRow(7).getCell(1).getText()).isEqualTo("米易县小铺镇人民政府");
            assertThat(t.getRow(7).getCell(2).getText()).isEqualTo("77.5");
        }
        browser.findElement(By.id("bulletin-pdf")).click();
        try (var pdf = Loader.loadPDF(Browser.awaitDownload(downloads, ".pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("米易县小铺镇人民政府：检查发现的问题逾期未整改1个；本月未发布信息。");
        }
    }

    private String number = "";

    private WebElement row() {
        return browser.findElement(By.id("finding-" + number));
    }

    private void answerTheQuestion() {
        browser.findElement(By.id("answer")).sendKeys(RequestBrowserTests.answer(browser));
    }
}
