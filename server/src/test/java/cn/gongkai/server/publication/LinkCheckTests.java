package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The platform's own links and files that no longer resolve: what an inspector would find by clicking. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:link-check-test;DB_CLOSE_DELAY=-1",
        "gongkai.files.root=target/link-check-files"})
@ActiveProfiles("test")
@DirtiesContext
class LinkCheckTests {

    @Autowired
    PublicationService service;

    @Autowired
    AttachmentService attachments;

    @Autowired
    LinkCheck check;

    @Test
    void findsWhatDoesNotResolveAndLeavesOtherSitesAlone() throws Exception {
        Item target = draft("被引用的通知", "<p>正文</p>");
        Attachment kept = attachments.attach(staff("puwei.drafter", Role.DRAFTER), target.id(), "图.png", png("kept"));
        publish(target);
        Item withdrawn = publish(draft("将撤回的通知", "<p>正文</p>"));
        service.withdraw(staff("puwei.admin", Role.ORGAN_ADMIN), withdrawn.id(), "内容已过期");
        String t = indexOf(target.id());
        String w = indexOf(withdrawn.id());
        Item lost = draft("附件丢失的通知", "<p>见附件</p>");
        byte[] bytes = png("lost");
        Attachment gone = attachments.attach(staff("puwei.drafter", Role.DRAFTER), lost.id(), "丢失.png", bytes);
        publish(lost);
        Files.delete(Path.of("target/link-check-files").resolve(gone.sha256().substring(0, 2)).resolve(gone.sha256()));

        publish(draft("引用很多地址的信息", "<p>"
                + "<a href=\"/portal/puwei/items/" + t + "\">有效</a>"
                + "<img src=\"/portal/puwei/items/" + t + "/attachments/" + kept.id() + "\" alt=\"有效图\">"
                + "<a href=\"/portal/puwei/items/" + w + "\">已撤回</a>"
                + "<a href=\"/portal/gaoping/items/" + t + "\">别的机关名下</a>"
                + "<img src=\"/portal/puwei/items/" + t + "/attachments/" + gone.id() + "\" alt=\"别条的附件\">"
                + "<img src=\"/portal/puwei/items/" + t + "/attachments/99999999999999999999999\" alt=\"超长编号\">"
                + "<a href=\"/portal/nowhere/guide\">不存在的机关</a>"
                + "<a href=\"/workspace/secret\">平台内没有的页面</a>"
                + "<a href=\"/portal/puwei/reports/2025.pdf\">年报</a><a href=\"/search?q=汛期\">检索</a>"
                + "<a href=\"https://www.gov.cn/\">中国政府网</a><a href=\"mailto:a@example.gov.cn\">邮件</a>"
                + "<a href=\"相对地址.html\">相对</a>"
                // The platform's own image (the demo's photos) exists; a missing one under /images/ does not.
                + "<img src=\"/images/demo/photo-1.svg\" alt=\"平台自带图片\"><img src=\"/images/demo/none.svg\" alt=\"无\"></p>"));

        assertThat(check.brokenLinks(java.util.List.of(11L)).get(11L)).extracting(b -> b.title() + "｜" + b.reason()).containsExactlyInAnyOrder(
                "引用很多地址的信息｜链接指向的信息已撤回或不存在",
                "引用很多地址的信息｜链接指向的信息已撤回或不存在",
                "引用很多地址的信息｜图片指向的附件不存在",
                "引用很多地址的信息｜图片指向的附件不存在",
                "引用很多地址的信息｜链接指向的机关页面不存在",
                "引用很多地址的信息｜链接指向平台内不存在的页面",
                "引用很多地址的信息｜图片指向平台内不存在的页面",
                "附件丢失的通知｜附件文件缺失");
        assertThat(check.brokenLinks(java.util.List.of(12L)).get(12L)).as("another organ's items are its own").isEmpty();
    }

    private String indexOf(long itemId) {
        return service.item(staff("puwei.drafter", Role.DRAFTER), itemId).indexNumber();
    }

    private Item draft(String title, String body) {
        return service.create(staff("puwei.drafter", Role.DRAFTER),
                new ItemContent(title, ItemKind.NOTICE, null, LocalDate.now(), null, body));
    }

    private Item publish(Item item) {
        service.submit(staff("puwei.drafter", Role.DRAFTER), item.id(), "测试地址");
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        service.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
        return item;
    }

    private static byte[] png(String marker) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        byte[] tail = (marker + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, 11, EnumSet.of(role), "", true, false);
    }
}
