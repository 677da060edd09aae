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
    static void startBrowser() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.available(), "需要 chromium 和 chromium-driver：apt-get install chromium chromium-driver");
        }
        browser = Browser.start();
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
}
