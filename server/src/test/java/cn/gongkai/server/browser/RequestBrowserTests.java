package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.request.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Disclosure on request in a real browser, with the server's clock set to September 2025 so that the
 * deadlines shown can be compared with a hand count over 国庆 2025 (1–8 Oct off; Sunday 28 Sep and
 * Saturday 11 Oct worked). Letters are downloaded and opened as the applicant and staff would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:request-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class RequestBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @Test
    void anApplicantFilesOnlineAndFollowsTheCase(@TempDir Path downloads) throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        submit(By.linkText("依申请公开"));
        submit(By.linkText("米易县丙谷镇人民政府"));
        browser.findElement(By.id("applicantName")).sendKeys("王小明");
        browser.findElement(By.id("idNumber")).sendKeys("510421199001011233");
        browser.findElement(By.id("contact")).sendKeys("13812345678");
        browser.findElement(By.id("description")).sendKeys("丙谷镇2025年农村危房改造补助名单");
        browser.findElement(By.id("answer")).sendKeys(answer(browser));
        submit(By.cssSelector("form.item-form button[type=submit]"));

        String number = browser.findElement(By.id("number")).getText();
        String code = browser.findElement(By.id("code")).getText();
        // 16–19 Sep, 22–26, 28 Sep (worked Sunday), 29–30, 9–10 Oct, 11 Oct (worked Saturday), 13–17 Oct.
        assertThat(browser.findElement(By.cssSelector("td.deadline")).getText()).isEqualTo("2025-10-17");

        browser.manage().deleteAllCookies();
        browser.get(url("/apply/status"));
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("code")).sendKeys(code);
        submit(By.cssSelector("form.item-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("td.status")).getText()).isEqualTo("办理中");
        Browser.downloadTo(browser, downloads);
        browser.findElement(By.cssSelector(".letters button[value=pdf]")).click();
        try (var pdf = Loader.loadPDF(Browser.awaitDownload(downloads, ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("政府信息公开申请登记回执").contains("王小明：").contains("不迟于2025年10月17日");
        }
    }

    @Test
    void staffTakeACounterRequestToAPartialDisclosureAndSendTheLetter(@TempDir Path downloads) throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        login("gaoping.drafter");
        submit(By.cssSelector("main a[href='/workspace/requests']"));
        submit(By.linkText("登记申请（当面、邮寄、传真、电子邮件）"));
        browser.findElement(By.id("applicantName")).sendKeys("李四");
        browser.findElement(By.id("idNumber")).sendKeys("510421198506150023");
        browser.findElement(By.id("contact")).sendKeys("13900001111");
        browser.findElement(By.id("description")).sendKeys("高平镇某村道路硬化工程验收资料");
        submit(By.cssSelector("form.item-form button[type=submit]"));
        String caseUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector("td.deadline")).getText()).isEqualTo("2025-10-17");

        clock.set(LocalDate.of(2025, 9, 16));
        browser.get(caseUrl);
        open("告知补正");
        browser.findElement(By.id("items")).sendKeys("请写明工程所在的村和年份");
        submit(By.xpath("//form[contains(@action,'/correction')]//button"));
        assertThat(browser.findElement(By.cssSelector("td.correction-due")).getText()).startsWith("2025-09-29");

        clock.set(LocalDate.of(2025, 9, 22));
        browser.get(caseUrl);
        submit(By.xpath("//form[contains(@action,'/correction-received')]//button"));
        assertThat(browser.findElement(By.cssSelector("td.deadline")).getText()).isEqualTo("2025-10-24");

        clock.set(LocalDate.of(2025, 9, 23));
        browser.get(caseUrl);
        open("征求第三方");
        browser.findElement(By.id("thirdParty")).sendKeys("米易县某建筑工程有限公司");
        submit(By.xpath("//form[contains(@action,'/consult')]//button"));
        clock.set(LocalDate.of(2025, 10, 13));
        browser.get(caseUrl);
        browser.findElement(By.id("opinion")).sendKeys("不同意公开施工人员个人信息");
        submit(By.xpath("//form[contains(@action,'/consult-end')]//button"));
        // 10 working days of consultation are not counted: 30 working days from 22 Sep.
        assertThat(browser.findElement(By.cssSelector("td.deadline")).getText()).isEqualTo("2025-11-07");

        clock.set(LocalDate.of(2025, 10, 14));
        login("gaoping.admin");
        browser.get(caseUrl);
        open("延期答复");
        browser.findElement(By.id("reason")).sendKeys("需要调取档案");
        submit(By.xpath("//form[contains(@action,'/extend')]//button"));
        assertThat(browser.findElement(By.cssSelector("td.deadline")).getText()).isEqualTo("2025-12-05（已延期）");

        login("gaoping.drafter");
        browser.get(caseUrl);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("outcome-select"))).selectByValue("PARTIALLY_GRANTED");
        browser.findElement(By.id("explanation")).sendKeys("验收资料中施工人员的身份信息属于个人隐私，已作区分处理。");
        submit(By.xpath("//form[contains(@action,'/decision')]//button"));
        for (String reviewer : new String[] {"gaoping.reviewer1", "gaoping.reviewer2", "gaoping.reviewer3"}) {
            login(reviewer);
            browser.get(caseUrl);
            submit(By.xpath("//form[contains(@action,'/approve')]//button"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("审核通过。");
        }
        login("gaoping.drafter");
        browser.get(caseUrl);
        submit(By.xpath("//form[contains(@action,'/send')]//button"));
        assertThat(browser.findElement(By.cssSelector("td.status")).getText()).isEqualTo("已办结");

        Browser.downloadTo(browser, downloads);
        browser.findElement(By.xpath("//li[span[contains(.,'答复书')]]/a[text()='Word']")).click();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(Browser.awaitDownload(downloads, ".docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("政府信息公开申请答复书").contains("李四：").contains("能够作区分处理")
                    .contains("施工人员的身份信息属于个人隐私").contains("米易县高平镇人民政府");
        }
        browser.findElement(By.xpath("//li[span[contains(.,'答复书')]]/a[text()='PDF']")).click();
        try (var pdf = Loader.loadPDF(Browser.awaitDownload(downloads, ".pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("政府信息公开申请答复书")
                    .contains("以上答复依据《中华人民共和国政府信息公开条例》第三十七条的规定。");
        }
    }

    /** 请计算：七加五等于几？ → 12. */
    /** The challenge's answer, read out of its token with the test key (cn.gongkai.server.FormAnswers). */
    static String answer(org.openqa.selenium.WebDriver browser) {
        return cn.gongkai.server.FormAnswers.answer(browser.findElement(By.name("challengeToken")).getAttribute("value"));
    }

    private void open(String summaryStart) {
        browser.findElement(By.xpath("//summary[starts-with(normalize-space(.),'" + summaryStart + "')]")).click();
    }

    private void login(String user) {
        signIn(user);
    }

}
