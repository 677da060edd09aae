package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Writing and reviewing in a real browser: a drafter imports a Word file (made by the test with POI:
 * a table and an image) and the reviewer sees its metadata and check; a correction is reviewed
 * against the published version and the portal shows its 更正说明 with the earlier version; the last
 * reviewer schedules an item and it appears when its time comes (the server's clock is moved by the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:writing-browser-test;DB_CLOSE_DELAY=-1",
                "gongkai.publication.scheduled-every=PT1H"})
@ActiveProfiles("test")
@Import(cn.gongkai.server.publication.WritingFlows.Config.class)
@DirtiesContext
class WritingBrowserTests extends BrowserTest {

    @Autowired
    cn.gongkai.server.publication.WritingFlows flows;

    @Test
    void aWordFileBecomesADraftWithItsTableAndTheReviewerSeesEverything(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("春耕通知.docx");
        Files.write(docx, flows.wordLikeDocx());
        signIn("puwei.drafter");
        browser.get(url("/workspace/items/new"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("importKind"))).selectByValue("NOTICE");
        browser.findElement(By.id("importFile")).sendKeys(docx.toString());
        submit(By.cssSelector("form.import-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("1 个表格").contains("1 张图片已作为附件");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("米易县人民政府关于做好2026年春耕生产工作的通知");
        WebElement table = browser.findElement(By.cssSelector("article.body table"));
        assertThat(table.findElements(By.tagName("th"))).extracting(WebElement::getText).containsExactly("乡镇", "面积（万亩）", "责任人");
        assertThat(browser.findElement(By.id("documentNumber")).getAttribute("value")).isEqualTo("米府发〔2026〕3号");
        assertThat(browser.findElement(By.id("writtenOn")).getAttribute("value")).isEqualTo("2026-03-05");
        assertThat(browser.findElement(By.cssSelector("ul.attachments")).getText()).contains("图1.png")
                .contains("替代文字：县农业农村局技术人员指导春耕");
        String itemUrl = browser.getCurrentUrl();
        submit(By.xpath("//form[contains(@action,'/submit')]//button"));
        assertThat(browser.getPageSource()).contains("已提交审核。");

        signIn("puwei.reviewer1");
        browser.get(itemUrl);
        String overview = browser.findElement(By.cssSelector("section.overview")).getText();
        assertThat(overview).contains("米府发〔2026〕3号").contains("2026-03-05").contains("通知公告").contains("未发现问题。")
                .contains("1 个");
        assertThat(browser.findElement(By.cssSelector("article.body")).getText()).contains("普威镇");
    }

    @Test
    void aCorrectionIsComparedWithThePublishedVersionAndThePortalShowsItsNote() {
        long id = flows.publishedNotice("普威镇便民服务中心开放时间", "开放时间为每日9:00至17:00。\n节假日休息。");
        signIn("puwei.drafter");
        browser.get(url("/workspace/items/" + id));
        submit(By.xpath("//form[contains(@action,'/correct')]//button"));
        replaceBody("开放时间为每日8:30至17:00。\n节假日休息。");
        submit(By.cssSelector("form.item-form button[type=submit]"));
        browser.findElement(By.id("note")).sendKeys("更正开放时间：原为9:00，应为8:30");
        submit(By.cssSelector("form.correction-form button[type=submit]"));
        submit(By.xpath("//form[contains(@action,'/submit')]//button"));
        assertThat(browser.getPageSource()).contains("已提交审核。");

        signIn("puwei.reviewer1");
        browser.get(url("/workspace/items/" + id));
        WebElement comparison = browser.findElement(By.cssSelector("section.comparison"));
        assertThat(comparison.findElement(By.tagName("h2")).getText()).isEqualTo("与已发布的第 1 版对比");
        assertThat(comparison.getText()).contains("更正说明：更正开放时间：原为9:00，应为8:30");
        assertThat(comparison.findElements(By.cssSelector("ol.diff del"))).extracting(WebElement::getText).contains("9");
        assertThat(comparison.findElements(By.cssSelector("ol.diff ins"))).extracting(WebElement::getText).contains("8");
        browser.findElement(By.id("confidentiality")).sendKeys("经审查不涉及国家秘密，可以公开");
        submit(By.xpath("//form[contains(@action,'/approve')]//button"));
        for (String reviewer : new String[] {"puwei.reviewer2", "puwei.reviewer3"}) {
            signIn(reviewer);
            browser.get(url("/workspace/items/" + id));
            submit(By.xpath("//form[contains(@action,'/approve')]//button"));
        }

        browser.get(url("/portal/puwei"));
        submit(By.linkText("普威镇便民服务中心开放时间"));
        assertThat(browser.findElement(By.cssSelector("table.metadata")).getText())
                .contains("第 2 版").contains("更正说明：更正开放时间：原为9:00，应为8:30");
        assertThat(browser.findElement(By.cssSelector("article.body")).getText()).contains("8:30");
        submit(By.linkText("查看历史版本"));
        submit(By.linkText("第 1 版"));
        assertThat(browser.findElement(By.cssSelector("p.alert")).getText()).contains("已被更正，不是现行版本");
        assertThat(browser.findElement(By.cssSelector("article.body")).getText()).contains("9:00");
    }

    @Test
    void theLastReviewerSchedulesAnItemAndItAppearsWhenItsTimeComes() {
        flows.clock().set(LocalDateTime.of(2026, 12, 1, 10, 0));
        long id = flows.approvedUpToTheLastStep("普威镇元旦假期值班安排");
        signIn("puwei.reviewer3");
        browser.get(url("/workspace/items/" + id));
        // datetime-local takes its value as the form sends it; typing depends on the browser's locale
        browser.executeScript("document.getElementById('publishAt').value = '2026-12-03T09:00'");
        submit(By.xpath("//form[contains(@action,'/approve')]//button"));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("将于 2026年12月3日 09:00 定时发布");
        assertThat(browser.findElement(By.id("scheduled")).getText()).contains("2026年12月3日 09:00");
        browser.get(url("/portal/puwei"));
        assertThat(browser.findElements(By.linkText("普威镇元旦假期值班安排"))).isEmpty();

        flows.clock().set(LocalDateTime.of(2026, 12, 3, 9, 1));
        assertThat(flows.publishDue()).isEqualTo(1);
        browser.get(url("/portal/puwei"));
        submit(By.linkText("普威镇元旦假期值班安排"));
        assertThat(browser.findElement(By.cssSelector("table.metadata")).getText()).contains("2026-12-03");
    }
}
