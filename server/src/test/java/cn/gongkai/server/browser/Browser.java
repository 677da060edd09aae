package cn.gongkai.server.browser;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its chromedriver (packages chromium and chromium-driver, which
 * .ci/run installs when missing). Both paths are given, so Selenium never tries to download a
 * browser or driver (this machine reaches no such site).
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("gongkai.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    static ChromeDriver start() {
        return start(true);
    }

    /** With {@code javascript} false the pages' scripts do not run, as for a visitor who turned them off. */
    static ChromeDriver start(boolean javascript) {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)); // a page on the shared, loaded machine
        return driver;
    }

    /**
     * Clicks and waits until the browser has left the current page and loaded the next. The old
     * page's element stops answering when it is gone; Chromium reports that either as a stale element
     * or as a generic error about a node no longer in the document, so any failure to reach it counts.
     */
    static void submit(ChromeDriver browser, org.openqa.selenium.By target) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        browser.findElement(target).click();
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    /** Signs in with the demo password and lands on the workspace. */
    static void login(ChromeDriver browser, String base, String username) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("Gongkai-Demo-2026");
        submit(browser, org.openqa.selenium.By.cssSelector("form.login-form button[type=submit]"));
    }

    /** Files the browser downloads go to {@code dir}. */
    static void downloadTo(ChromeDriver browser, java.nio.file.Path dir) {
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /** Waits for a finished download whose name ends with {@code suffix} and returns it. */
    static java.nio.file.Path awaitDownload(java.nio.file.Path dir, String suffix) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            try (var files = java.nio.file.Files.list(dir)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && java.nio.file.Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("20 秒内没有下载到 *" + suffix + " 文件");
    }
}
