package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 正文 editor as a drafter uses it: the toolbar makes a heading, bold text, a bulleted list, a link and a
 * table; the saved body has them as the server's sanitizer keeps them (nothing the editor wrote is dropped),
 * the item page shows them and opens them in the editor again; no CSP violation, no script error and no
 * axe violation on the way. Without JavaScript the same form is the textarea, and plain lines still become paragraphs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:editor-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class EditorBrowserTests extends BrowserTest {

    /** Before any page script (and whatever the CSP says): CSP violations and script errors are kept. */
    private static final String WATCH = """
            window.__problems = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI); });
            window.addEventListener('error', function (e) {
              window.__problems.push('error ' + (e.message || (e.target && (e.target.src || e.target.href)))); }, true);
            """;

    @Autowired
    JdbcClient jdbc;

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//div[@role='toolbar']//button[normalize-space()='" + text + "']"));
    }

    @SuppressWarnings("unchecked")
    private List<String> problems() {
        return (List<String>) browser.executeScript("return window.__problems || ['页面没有装上监视']");
    }

    private WebElement editor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            var found = d.findElements(By.cssSelector(".body-editor [contenteditable=true]"));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Sets the selection as a mouse would (the driver's Shift+Home kept a selection that End did not end). */
    private void select(String script) throws InterruptedException {
        browser.executeScript(script);
        Thread.sleep(200); // the editor reads the selection on the browser's selectionchange
    }

    private String textarea() {
        return String.valueOf(browser.executeScript("return document.getElementById('body').value"));
    }

    private String bodyOf(long id) {
        return jdbc.sql("SELECT body_html FROM publication_item WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** Every element with its attributes and own text, in document order: what a sanitizer could take away. */
    private static List<String> structure(String html) {
        return Jsoup.parseBodyFragment(html).body().select("*").stream().skip(1).map(EditorBrowserTests::describe).toList();
    }

    private static String describe(Element e) {
        return e.tagName() + new java.util.TreeMap<>(e.attributes().asList().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.getKey(), a -> a.getValue()))) + e.ownText().strip();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theToolbarMakesHeadingsListsLinksAndTablesThatAreSavedAsSanitized() throws Exception {
        signIn("puwei.drafter");
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        browser.get(url("/workspace/items/new"));
        WebElement editor = editor();
        assertThat(browser.findElement(By.id("body")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("div[role=toolbar]")).getAttribute("aria-label")).isEqualTo("正文格式");
        browser.findElement(By.id("title")).sendKeys("普威镇关于做好春耕生产工作的通知");

        editor.click();
        editor.sendKeys("春耕生产工作安排");
        button("一级标题").click();
        editor.sendKeys(Keys.END, Keys.ENTER);
        button("加粗").click();
        editor.sendKeys("各村（社区）：");
        assertThat(button("加粗").getAttribute("aria-pressed")).isEqualTo("true");
        button("加粗").click();
        editor.sendKeys(Keys.ENTER, "落实种子");
        button("项目列表").click();
        editor.sendKeys(Keys.ENTER, "检修农机", Keys.ENTER, Keys.ENTER, "详见县农业农村局网站");
        select("getSelection().selectAllChildren(document.querySelector('.ProseMirror > p:last-child'))");
        browser.findElement(By.id("body-editor-href")).sendKeys("https://www.miyi.gov.cn/nyncj/");
        button("设为链接").click();
        select("getSelection().collapseToEnd()");
        editor.sendKeys(Keys.ENTER);
        button("插入表格").click();
        editor.sendKeys("乡镇", Keys.TAB, "面积（万亩）", Keys.TAB, "责任人", Keys.TAB, "普威镇", Keys.TAB, "3.2", Keys.TAB, "张三", Keys.TAB);
        button("删除行").click(); // the third row, left empty
        assertThat(button("插入表格").isEnabled()).isFalse(); // no table in a table
        // the textarea follows the editor 300 ms late: wait for the deleted row to be gone from it too
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> textarea().contains("张三")
                && textarea().split("<tr>", -1).length == 3);
        String written = textarea();
        screenshot("editor-new-item.png");
        assertThat(problems()).isEmpty();
        assertThat(Axe.violations(browser)).as("axe on the form with a filled editor").isBlank();

        submit(By.cssSelector("form.item-form button[type=submit]"));
        assertThat(browser.getPageSource()).contains("草稿已保存。");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/workspace/items/(\\d+).*", "$1"));
        String stored = bodyOf(id);
        assertThat(stored).contains("<h2>春耕生产工作安排</h2>").contains("<p><strong>各村（社区）：</strong></p>")
                .contains("<ul><li><p>落实种子</p></li><li><p>检修农机</p></li></ul>")
                .contains("<a href=\"https://www.miyi.gov.cn/nyncj/\" rel=\"nofollow\">详见县农业农村局网站</a>")
                .contains("<th scope=\"col\"><p>乡镇</p></th>").contains("<td><p>张三</p></td>")
                .doesNotContain("&#").doesNotContain("style=").doesNotContain("class=");
        assertThat(Jsoup.parseBodyFragment(stored).select("tr")).hasSize(2);
        // the sanitizer kept all the editor wrote, element by element and attribute by attribute
        assertThat(structure(stored)).isEqualTo(structure(written));

        WebElement shown = browser.findElement(By.cssSelector("article.body"));
        assertThat(shown.findElement(By.tagName("h2")).getText()).isEqualTo("春耕生产工作安排");
        assertThat(shown.findElements(By.cssSelector("ul li"))).extracting(WebElement::getText).containsExactly("落实种子", "检修农机");
        assertThat(shown.findElements(By.tagName("th"))).extracting(WebElement::getText).containsExactly("乡镇", "面积（万亩）", "责任人");

        // opened again, the editor shows the same body, as characters, and would post it unchanged
        WebElement again = editor();
        assertThat(again.findElement(By.tagName("h2")).getText()).isEqualTo("春耕生产工作安排");
        assertThat(again.getText()).contains("各村（社区）：").doesNotContain("&#");
        assertThat(structure(textarea())).isEqualTo(structure(stored));
        screenshot("editor-edit-item.png");
        assertThat(problems()).isEmpty();
        assertThat(Axe.violations(browser)).as("axe on the item page with its editor").isBlank();
    }

    @Test
    void withoutJavaScriptTheTextareaSavesPlainLinesAsParagraphs() {
        ChromeDriver plain = Browser.start(false);
        try {
            Browser.login(plain, url(""), "puwei.drafter");
            plain.get(url("/workspace/items/new"));
            assertThat(plain.findElements(By.cssSelector(".body-editor"))).isEmpty();
            WebElement body = plain.findElement(By.id("body"));
            assertThat(body.isDisplayed()).isTrue();
            plain.findElement(By.id("title")).sendKeys("普威镇便民服务中心搬迁公告");
            body.sendKeys("便民服务中心于3月1日迁至新址（镇政府东侧）。\n\n办理时间不变：每日8:30至17:00。");
            Browser.submit(plain, By.cssSelector("form.item-form button[type=submit]"));
            assertThat(plain.getPageSource()).contains("草稿已保存。");
            long id = Long.parseLong(plain.getCurrentUrl().replaceAll(".*/workspace/items/(\\d+).*", "$1"));
            assertThat(bodyOf(id)).isEqualTo("<p>便民服务中心于3月1日迁至新址（镇政府东侧）。</p>\n<p>办理时间不变：每日8:30至17:00。</p>\n");
            assertThat(plain.findElements(By.cssSelector("article.body p"))).hasSize(2);
            // the edit form shows the lines again, full-width punctuation as characters
            assertThat(plain.findElement(By.id("body")).getAttribute("value"))
                    .isEqualTo("便民服务中心于3月1日迁至新址（镇政府东侧）。\n办理时间不变：每日8:30至17:00。\n");
        } finally {
            try {
                plain.quit();
            } catch (org.openqa.selenium.WebDriverException slowShutdown) {
                // on a loaded machine the driver may answer its shutdown late; the test's checks are done
            }
        }
    }
}
