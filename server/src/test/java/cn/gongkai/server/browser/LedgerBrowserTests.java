package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.LatinWords;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit administrator reads the alive demo county's ledger in a real browser: Chinese action names,
 * objects named, changes field by field, China time; chooses one kind of action; opens an entry's 校验值.
 * Screenshots in target/screenshots, to be looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:ledger-browser-test;DB_CLOSE_DELAY=-1", "gongkai.demo.activity=true"})
@ActiveProfiles("test")
@DirtiesContext
class LedgerBrowserTests extends BrowserTest {

    @Test
    void theAuditorReadsTheLedgerInChinese() throws Exception {
        signIn("audit.admin");
        browser.get(url("/workspace/ledger"));
        assertThat(browser.findElement(By.cssSelector("main p.notice")).getText()).startsWith("哈希链完整");
        assertThat(LatinWords.in(Jsoup.parse(browser.getPageSource()))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.summary")).getText()).contains("发布月度考核", "确认整改", "监督机关答复");
        shot("ledger.png");

        new Select(browser.findElement(By.id("action"))).selectByVisibleText("保存年度报告");
        submit(By.cssSelector("main form button[type=submit]"));
        String table = browser.findElement(By.cssSelector("table.summary")).getText();
        assertThat(table).contains("年度报告《米易县小铺镇人民政府 2025 年度》", "行政强制 本年处理决定数量：0", "一、总体情况：");
        assertThat(LatinWords.in(Jsoup.parse(browser.getPageSource()))).isEmpty();
        browser.findElement(By.cssSelector("td.digests summary")).click();
        assertThat(browser.findElement(By.cssSelector("td.digests dl")).getText()).contains("本条校验值", "前一条校验值");
        shot("ledger-annual-report.png");

        new Select(browser.findElement(By.id("action"))).selectByVisibleText("上传附件");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("table.summary")).getText()).contains("文件名：", "字节数：")
                .doesNotContain("sha256");
        browser.findElement(By.cssSelector("td.digests summary")).click();
        assertThat(browser.findElement(By.cssSelector("td.digests dl")).getText()).contains("文件校验值");
        shot("ledger-attach.png");
    }

    private static void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
