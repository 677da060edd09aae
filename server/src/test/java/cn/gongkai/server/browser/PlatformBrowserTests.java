package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform in a real browser, as its users meet it: a citizen checks a report; a drafter
 * writes an item, three reviewers approve it and it appears on the portal; a reviewer returns a
 * draft and the drafter sees why; the large-text display. Pages work without JavaScript, so the browser
 * runs none (the 正文 is typed as HTML into the textarea, which the editor replaces where scripts run).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
@WithoutJavaScript
class PlatformBrowserTests extends BrowserTest {

    @Test
    void aCitizenChecksAReportAndSeesTheMarkedCells(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("小铺镇2025年报.txt");
        try (var in = PlatformBrowserTests.class.getResourceAsStream("/003.txt")) {
            Files.write(report, in.readAllBytes());
        }
        browser.get(url("/"));
        submit(By.linkText("年报体检"));
        browser.findElement(By.id("files")).sendKeys(report.toString());
        submit(By.cssSelector("form.check-form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("体检结果");
        assertThat(browser.getPageSource()).contains("小铺镇人民政府");
        WebElement other = browser.findElement(By.xpath("//table[contains(@class,'t3')]//th[contains(@class,'sev-error')]"));
        assertThat(other.getText()).startsWith("其他");
        assertThat(other.getAttribute("title")).contains("表三缺少“其他”列");
    }

    @Test
    void aDraftReviewedByThreeLevelsAppearsOnThePortal() {
        login("puwei.drafter");
        browser.get(url("/workspace/items/new"));
        browser.findElement(By.id("title")).sendKeys("普威镇开展汛期安全隐患排查");
        browser.findElement(By.id("body")).sendKeys("<p>7月10日，普威镇组织开展汛期安全隐患排查。</p>");
        submit(By.cssSelector("form.item-form button[type=submit]"));
        assertThat(browser.getPageSource()).contains("草稿已保存。");
        String itemUrl = browser.getCurrentUrl();
        submit(By.xpath("//form[contains(@action,'/submit')]//button"));
        assertThat(browser.getPageSource()).contains("已提交审核。");

        login("puwei.reviewer1");
        browser.get(itemUrl);
        browser.findElement(By.id("confidentiality")).sendKeys("经审查不涉及国家秘密，可以公开");
        submit(By.xpath("//form[contains(@action,'/approve')]//button"));
        assertThat(browser.getPageSource()).contains("审核通过。");
        for (String reviewer : new String[] {"puwei.reviewer2", "puwei.reviewer3"}) {
            login(reviewer);
            browser.get(itemUrl);
            submit(By.xpath("//form[contains(@action,'/approve')]//button"));
            assertThat(browser.getPageSource()).contains("审核通过。");
        }
        assertThat(browser.getPageSource()).contains("已发布");

        browser.get(url("/portal/puwei"));
        submit(By.linkText("普威镇开展汛期安全隐患排查"));
        assertThat(browser.findElement(By.cssSelector("table.metadata")).getText())
                .contains("索引号").contains("puwei-").contains("发布机构").contains("米易县普威镇人民政府");
        assertThat(browser.findElement(By.cssSelector("article.body")).getText()).isEqualTo("7月10日，普威镇组织开展汛期安全隐患排查。");

        // A citizen finds it by two words that are not next to each other in the title.
        browser.get(url("/search"));
        browser.findElement(By.id("q")).sendKeys("汛期隐患");
        submit(By.cssSelector("form.search-form button[type=submit]"));
        WebElement hit = browser.findElement(By.cssSelector(".search-results li a.title"));
        assertThat(hit.getText()).isEqualTo("普威镇开展汛期安全隐患排查");
        assertThat(hit.findElements(By.tagName("mark"))).extracting(WebElement::getText).containsExactly("汛期", "隐患");
        submit(By.cssSelector(".search-results li a.title"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("普威镇开展汛期安全隐患排查");
    }

    @Test
    void aReturnedDraftShowsTheReviewersComment() {
        login("gaoping.drafter");
        browser.get(url("/workspace/items/new"));
        browser.findElement(By.id("title")).sendKeys("高平镇关于开展春季植树活动的通知");
        browser.findElement(By.id("body")).sendKeys("<p>植树活动安排。</p>");
        submit(By.cssSelector("form.item-form button[type=submit]"));
        String itemUrl = browser.getCurrentUrl();
        submit(By.xpath("//form[contains(@action,'/submit')]//button"));

        login("gaoping.reviewer1");
        browser.get(itemUrl);
        browser.findElement(By.id("comment")).sendKeys("请写明活动时间和集合地点");
        submit(By.xpath("//form[contains(@action,'/return')]//button"));

        login("gaoping.drafter");
        browser.get(itemUrl);
        assertThat(browser.getPageSource()).contains("已退回").contains("请写明活动时间和集合地点");
    }

    @Test
    void theLargeTextDisplayMakesTextLarger() {
        browser.get(url("/portal/puwei"));
        double normal = fontSize();
        submit(By.linkText("大字版"));
        assertThat(browser.getCurrentUrl()).endsWith("/portal/puwei");
        assertThat(fontSize()).isGreaterThanOrEqualTo(normal * 1.3);
        submit(By.linkText("标准字号"));
        assertThat(fontSize()).isEqualTo(normal);
    }

    private double fontSize() {
        Object px = browser.executeScript("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
        return ((Number) px).doubleValue();
    }

    private void login(String username) {
        signIn(username);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作台");
    }

}
