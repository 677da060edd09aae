package cn.gongkai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.notification.OutboxSender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications in a real browser against a real SMTP server (GreenMail): the first reviewer gives his work
 * address in 通知设置, the drafter sends a notice for review, the reviewer's mail arrives naming it, and its
 * link opens the item with the approval form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:notification-browser-test;DB_CLOSE_DELAY=-1",
                "gongkai.notifications.enabled=true", "gongkai.notifications.poll=1h",
                "gongkai.notifications.digest-cron=-", "gongkai.notifications.site-url=https://gk.example.gov.cn"})
@ActiveProfiles("test")
@DirtiesContext
// the drafter types into the 正文 textarea as a browser without script does; the editor has its own test
@WithoutJavaScript
class NotificationBrowserTests extends BrowserTest {

    private static final GreenMail SMTP = startSmtp();

    @Autowired
    OutboxSender sender;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void theReviewerGivesHisAddressAndTheMailOfANoticeForReviewLeadsHimToIt() throws Exception {
        jdbc.sql("DELETE FROM notification").update(); // the demo county's applicant who gave an address
        signIn("puwei.reviewer1");
        browser.get(url("/workspace/notifications"));
        browser.findElement(By.id("email")).sendKeys("chushen@puwei.example.gov.cn");
        submit(By.cssSelector("form.login-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("通知设置已保存。");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("chushen@puwei.example.gov.cn");
        screenshot("notification-settings");

        signIn("puwei.drafter");
        browser.get(url("/workspace/items/new"));
        browser.findElement(By.id("title")).sendKeys("普威镇冬季森林防火通告");
        new Select(browser.findElement(By.id("kind"))).selectByValue("NOTICE");
        browser.findElement(By.id("body")).sendKeys("进入防火期，严禁野外用火。");
        submit(By.cssSelector("form.item-form button[type=submit]"));
        String itemPath = browser.getCurrentUrl().substring(url("").length());
        submit(By.xpath("//form[contains(@action,'/submit')]//button"));
        assertThat(browser.getPageSource()).contains("已提交审核。");

        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("chushen@puwei.example.gov.cn");
        assertThat(mail.getSubject()).isEqualTo("待审核：《普威镇冬季森林防火通告》");
        String body = (String) mail.getContent();
        assertThat(body).contains("已到第 1 步（初审），等待您审核").contains("https://gk.example.gov.cn" + itemPath);

        signIn("puwei.reviewer1");
        browser.get(url(itemPath));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("普威镇冬季森林防火通告");
        assertThat(browser.findElements(By.xpath("//form[contains(@action,'/approve')]"))).isNotEmpty();
        browser.get(url("/workspace"));
        assertThat(browser.getPageSource()).contains("待我审核的信息（1）");
        screenshot("notification-workspace");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
