package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) in the headless Chromium on every public page type of the alive
 * demo county, at desktop and phone width, and on the main staff pages (the item form with its 正文 editor,
 * which runs where scripts are allowed): no violation ({@link Axe}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:a11y-test;DB_CLOSE_DELAY=-1", "gongkai.demo.activity=true"})
@ActiveProfiles("test")
class AccessibilityBrowserTests extends BrowserTest {

    private String violations(String path) {
        browser.get(url(path));
        return Axe.violations(browser);
    }

    @Test
    void everyPublicPageTypeHasNoViolation() {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        browser.get(url("/portal/xiaopu"));
        String item = browser.findElement(By.cssSelector("table.list-table a")).getAttribute("href")
                .replace(url(""), "");
        List<String> paths = List.of("/", "/portal/xiaopu", "/portal/xiaopu/guide", "/portal/xiaopu/rules",
                "/portal/xiaopu/statutory", "/portal/xiaopu/reports", "/portal/xiaopu/reports/2025", item,
                "/search?q=%E6%9E%87%E6%9D%B7", "/apply", "/apply/xiaopu", "/feedback/xiaopu", "/check", "/sitemap",
                "/contact", "/no-such-page", "/login");
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1280, 375}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (String path : paths) {
                String v = violations(path);
                if (!v.isBlank()) {
                    found.add(width + " px " + path + ":\n" + v);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The main staff pages, each as the role that works on it; found links are followed as staff would. */
    @Test
    void theMainStaffPagesHaveNoViolation() {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        java.util.Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("xiaopu.drafter", List.of("/workspace", "/workspace/items", "/workspace/items/new", "/workspace/requests",
                "/workspace/requests/new", "ITEM", "REQUEST"));
        pages.put("xiaopu.reviewer1", List.of("/workspace/items", "ITEM"));
        pages.put("xiaopu.admin", List.of("/workspace/annual-report", "/workspace/review-chain", "/workspace/guide"));
        pages.put("county.supervisor", List.of("/workspace/annual-report/county", "/workspace/assessment",
                "/workspace/inspections", "/workspace/feedback"));
        pages.put("audit.admin", List.of("/workspace/ledger"));
        pages.put("security.admin", List.of("/workspace/accounts"));
        List<String> found = new ArrayList<>();
        for (var account : pages.entrySet()) {
            browser.manage().deleteAllCookies();
            signIn(account.getKey());
            for (String path : account.getValue()) {
                if (path.equals("ITEM") || path.equals("REQUEST")) {
                    path = firstLink(path.equals("ITEM") ? "/workspace/items" : "/workspace/requests",
                            path.equals("ITEM") ? "/workspace/items/\\d+" : "/workspace/requests/\\d+");
                }
                String v = violations(path);
                if (!v.isBlank()) {
                    found.add(account.getKey() + " " + path + ":\n" + v);
                }
            }
        }
        browser.manage().deleteAllCookies();
        assertThat(found).isEmpty();
    }

    private String firstLink(String list, String pattern) {
        browser.get(url(list));
        return browser.findElements(By.cssSelector("main a[href]")).stream().map(a -> a.getAttribute("href").replace(url(""), ""))
                .filter(h -> h.matches(pattern)).findFirst().orElseThrow(() -> new AssertionError(list + " 中没有 " + pattern));
    }
}
