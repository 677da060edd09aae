package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.accounts.SsoProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through 统一身份认证 in a real browser (issue 16), against a real OpenID Connect provider started
 * by the test: the login page's button, the provider, the workspace as the mapped account; signing out goes
 * through the provider's end-session endpoint back to the login page (Chromium applies the policy's form-action
 * to that redirect, so this also shows the policy lets it through). Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sso-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class SsoBrowserTests extends BrowserTest {

    static final SsoProvider provider = new SsoProvider();

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry properties) {
        provider.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @Test
    void signInThroughTheProviderAndSignOutOfBoth() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        assertThat(browser.findElement(By.id("sso")).getText()).isEqualTo("使用统一身份认证登录");
        screenshot("sso-login");

        provider.nextSignIn("5104211990-puwei", Map.of("preferred_username", "puwei.drafter"));
        submit(By.id("sso"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace"));
        assertThat(browser.getPageSource()).contains("米易县普威镇人民政府 撰稿人");
        screenshot("sso-workspace");

        provider.received();
        submit(By.cssSelector("form[action$='/logout'] button"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?logout"));
        assertThat(provider.received()).anyMatch(p -> p.startsWith("/province/endsession"));
        assertThat(browser.getPageSource()).contains("已安全退出");
        browser.get(url("/workspace"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));

        // an unknown person: the Chinese refusal on the login page
        provider.nextSignIn("5104211985-nobody", Map.of("preferred_username", "province.only"));
        submit(By.id("sso"));
        assertThat(browser.findElement(By.id("sso-unknown")).getText()).contains("账号须先由安全管理员在本平台创建");
        screenshot("sso-unknown");
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
