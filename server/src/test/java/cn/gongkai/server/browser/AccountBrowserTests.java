package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts in a real browser (issue 16): the security administrator creates an account and hands over its
 * temporary password; the new person must choose a password first; wrong passwords lock the sign-in, the
 * page names who unlocks it, and the security administrator does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:account-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class AccountBrowserTests extends BrowserTest {

    @Test
    void createLockAndUnlockAnAccount() {
        signIn("security.admin");
        browser.get(url("/workspace/accounts"));
        browser.findElement(By.id("new-username")).sendKeys("miyi.wangwu");
        browser.findElement(By.id("new-name")).sendKeys("王五");
        new Select(browser.findElement(By.id("new-organ"))).selectByVisibleText("米易县司法局");
        browser.findElement(By.cssSelector("#new-account input[value=DRAFTER]")).click();
        submit(By.cssSelector("#new-account button[type=submit]"));
        assertThat(browser.getPageSource()).contains("已新建账号 miyi.wangwu。");
        String temporary = browser.findElement(By.id("temporary-password")).getText();
        assertThat(browser.findElement(By.id("account-miyi.wangwu")).getText()).contains("王五").contains("米易县司法局");

        // The new person signs in with the temporary password and is kept on the password form.
        browser.manage().deleteAllCookies();
        signInWith("miyi.wangwu", temporary);
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/password?required");
        browser.get(url("/workspace/items"));
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/password?required");
        browser.findElement(By.id("current")).sendKeys(temporary);
        browser.findElement(By.id("replacement")).sendKeys("Anning-Qiao-2027!");
        submit(By.cssSelector("form.login-form button[type=submit]"));
        assertThat(browser.getPageSource()).contains("密码已修改");
        browser.get(url("/workspace/items"));
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/items");

        // Five wrong passwords lock the sign-in; the page names the security administrator (DemoData: of 米易县人民政府).
        browser.manage().deleteAllCookies();
        for (int i = 0; i < 5; i++) {
            signInWith("miyi.wangwu", "Wrong-Password-" + i);
            assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        }
        signInWith("miyi.wangwu", "Anning-Qiao-2027!");
        assertThat(browser.findElement(By.id("locked")).getText()).isEqualTo(
                "账号因多次输错密码已临时锁定，请 15 分钟后再试，或联系米易县人民政府的安全管理员（账号 security.admin）解除锁定。");

        signIn("security.admin");
        browser.get(url("/workspace/accounts"));
        assertThat(browser.findElement(By.id("account-miyi.wangwu")).getText()).contains("已锁定，至 ");
        submit(By.cssSelector("#account-miyi\\.wangwu form[action$='/unlock'] button"));
        assertThat(browser.getPageSource()).contains("已解除 miyi.wangwu 的登录锁定。");
        assertThat(browser.findElement(By.id("account-miyi.wangwu")).getText()).doesNotContain("已锁定");

        browser.manage().deleteAllCookies();
        signInWith("miyi.wangwu", "Anning-Qiao-2027!");
        assertThat(browser.getCurrentUrl()).endsWith("/workspace");
        assertThat(browser.getPageSource()).contains("王五").contains("米易县司法局");
    }

    private void signInWith(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("form.login-form button[type=submit]"));
    }
}
