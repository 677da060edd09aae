package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.server.request.TestClock;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The annual report in a real browser: a township compiles its 2025 report from the demo data, fills
 * what blocks it, publishes it through three reviews, and the portal's page, Word and PDF give the same
 * numbers as its cases; the county sees every organ; the five seed reports are batch-checked and one is
 * imported as a township's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:annual-report-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class AnnualReportBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @Test
    void aTownshipCompilesFixesPublishesAndTheFilesAgreeWithTheCases(@TempDir Path downloads) throws Exception {
        // The demo data was made on 15 Sep 2025 (the test clock): 普威镇 has one request from 12 Sep, still open.
        clock.set(LocalDate.of(2026, 1, 10));
        signIn("puwei.drafter");
        assertThat(browser.findElement(By.id("report-reminder")).getText()).contains("2025 年政府信息公开工作年度报告尚未发布");
        submit(By.cssSelector("main a[href='/workspace/annual-report']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("米易县普威镇人民政府 2025年政府信息公开工作年度报告");
        assertThat(browser.findElements(By.cssSelector("#blocking li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#publication button"))).as("no publishing while blocked").isEmpty();

        for (String field : new String[] {"rulesIssued", "rulesRepealed", "rulesInForce", "coerciveMeasure", "feesWanYuan"}) {
            browser.findElement(By.id(field)).sendKeys("0");
        }
        browser.findElement(By.id("licensing")).sendKeys("8");
        browser.findElement(By.id("penalty")).sendKeys("2");
        browser.findElement(By.id("problems")).sendKeys("信息发布的及时性有待提高。");
        submit(By.xpath("//form[contains(@action,'/workspace/annual-report') and @method='post']//button[text()='保存并核对']"));
        assertThat(browser.findElements(By.cssSelector("#blocking"))).isEmpty();
        if (!browser.findElements(By.id("acknowledge")).isEmpty()) {
            browser.findElement(By.id("acknowledge")).click();
        }
        submit(By.xpath("//form[contains(@action,'/submit')]//button"));
        for (String reviewer : new String[] {"puwei.reviewer1", "puwei.reviewer2", "puwei.reviewer3"}) {
            signIn(reviewer);
            browser.get(url("/workspace/annual-report?year=2025"));
            submit(By.xpath("//form[contains(@action,'/approve')]//button"));
        }
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("审核通过，年报已发布到“政府信息公开年报”栏目。");

        browser.manage().deleteAllCookies();
        browser.get(url("/portal/puwei/reports"));
        submit(By.linkText("米易县普威镇人民政府2025年政府信息公开工作年度报告"));
        assertThat(browser.findElement(By.cssSelector("article.annual-report")).getText()).contains("三、收到和处理政府信息公开申请情况");

        AnnualReport published = ReportJson.read(get("/api/reports/puwei/2025")).report();
        // One request, received 12 Sep 2025 from a natural person, open at the end of the year.
        assertThat(published.requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);
        assertThat(published.requests().get(RequestRow.CARRIED_OUT, ApplicantColumn.TOTAL).value()).isEqualTo(1);
        assertThat(published.proactive().licensing().value()).isEqualTo(8);

        Browser.downloadTo(browser, downloads);
        ReportChecker checker = ReportChecker.builder().build();
        browser.findElement(By.linkText("Word")).click();
        AnnualReport fromWord = checker.check(Browser.awaitDownload(downloads, ".docx")).report();
        browser.findElement(By.linkText("PDF")).click();
        AnnualReport fromPdf = checker.check(Browser.awaitDownload(downloads, ".pdf")).report();
        AnnualReport fromPage = checker.check(browser.findElement(By.cssSelector("article.annual-report"))
                .getAttribute("outerHTML").getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.html").report();
        for (AnnualReport back : new AnnualReport[] {fromWord, fromPdf, fromPage}) {
            assertThat(back.requests()).isEqualTo(published.requests());
            assertThat(back.reviews()).isEqualTo(published.reviews());
            assertThat(back.proactive()).isEqualTo(published.proactive());
        }

        signIn("county.supervisor");
        submit(By.linkText("年度报告全县汇总"));
        assertThat(browser.findElements(By.cssSelector("#organs tbody tr"))).hasSize(8);
        assertThat(browser.findElement(By.xpath("//table[@id='organs']//tr[td[1][text()='米易县普威镇人民政府']]/td[2]")).getText())
                .isEqualTo("已发布 2026-01-10");
    }

    @Test
    void theFiveSeedsAreBatchCheckedAndOneImported(@TempDir Path dir) throws Exception {
        clock.set(LocalDate.of(2026, 1, 10));
        Path zip = dir.resolve("seeds.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String n : new String[] {"000", "001", "002", "003", "004"}) {
                z.putNextEntry(new ZipEntry(n + ".txt"));
                z.write(Files.readAllBytes(Path.of("../report-core/src/test/resources/seeds/" + n + ".txt")));
            }
        }
        signIn("binggu.admin");
        submit(By.linkText("批量体检（上传 zip，导入历史年报）"));
        browser.findElement(By.id("zip")).sendKeys(zip.toString());
        submit(By.cssSelector("form.item-form button[type=submit]"));
        // The page refreshes itself while the check runs: an element can go stale between finding and reading it.
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElement(By.cssSelector("#progress span")).getText().startsWith("已全部核对"));
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(5);
        // 004 is 丙谷镇's 2024 report.
        submit(By.xpath("//tr[td[1]/a[text()='004.txt']]//button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("已将“004.txt”作为本机关 2024 年的历史年报提交审核，按本机关审核流程审核通过后发布。");
        // It goes through 丙谷镇's three-step chain before the portal shows it (issue 11).
        for (String reviewer : new String[] {"binggu.reviewer1", "binggu.reviewer2", "binggu.reviewer3"}) {
            signIn(reviewer);
            browser.get(url("/workspace/annual-report?year=2024"));
            submit(By.cssSelector("form[action$='/annual-report/approve'] button"));
        }
        browser.manage().deleteAllCookies();
        browser.get(url("/portal/binggu/reports"));
        assertThat(browser.findElement(By.cssSelector(".item-list a")).getText()).isEqualTo("米易县丙谷镇人民政府2024年政府信息公开工作年度报告");
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

}
