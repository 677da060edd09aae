package cn.gongkai.server.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one headless Chromium per test class (on CI it must be there, since
 * .ci/run installs it; elsewhere the tests are skipped with the command that installs it), the server's
 * address, and the steps that wait for the next page.
 */
abstract class BrowserTest {

    protected static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(org.junit.jupiter.api.TestInfo test) {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.available(), "需要 chromium 和 chromium-driver：apt-get install chromium chromium-driver");
        }
        browser = Browser.start(test.getTestClass().map(c -> !c.isAnnotationPresent(WithoutJavaScript.class)).orElse(true));
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void submit(By target) {
        Browser.submit(browser, target);
    }

    protected void signIn(String username) {
        Browser.login(browser, url(""), username);
    }

    /**
     * Replaces the 正文 as a drafter would: in the editor where JavaScript made one (a line a paragraph,
     * Enter between), else in the textarea.
     */
    protected void replaceBody(String text) {
        var editors = browser.findElements(By.cssSelector(".body-editor [contenteditable=true]"));
        if (editors.isEmpty()) {
            org.openqa.selenium.WebElement body = browser.findElement(By.id("body"));
            body.clear();
            body.sendKeys(text);
            return;
        }
        org.openqa.selenium.WebElement editor = editors.get(0);
        editor.click();
        editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                editor.sendKeys(org.openqa.selenium.Keys.ENTER);
            }
            editor.sendKeys(lines[i]);
        }
    }
}
