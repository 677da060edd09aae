package cn.gongkai.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.GongkaiApplication;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.publication.AttachmentService;
import cn.gongkai.server.publication.Item;
import cn.gongkai.server.publication.ItemContent;
import cn.gongkai.server.publication.ItemKind;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.request.Channel;
import cn.gongkai.server.request.Delivery;
import cn.gongkai.server.request.FormWanted;
import cn.gongkai.server.request.IntakeForm;
import cn.gongkai.server.request.RequestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A backup taken while the server runs, restored into an empty folder, gives an instance that has every
 * record and serves the same pages (the search index rebuilt from the database).
 */
class BackupRestoreTests {

    @Test
    void aRestoredInstanceHasEveryRecordAndServesTheSamePages(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path backup = dir.resolve("gongkai-backup.zip");
        String page;
        String attachmentUrl;
        byte[] attachment = Files.readAllBytes(Path.of("src/test/resources/base.pdf"));
        String requestNumber;
        try (ConfigurableApplicationContext first = start(a)) {
            PublicationService publication = first.getBean(PublicationService.class);
            StaffUser drafter = staff("puwei.drafter", Role.DRAFTER);
            Item item = publication.create(drafter, new ItemContent("普威镇备份恢复测试通知", ItemKind.NOTICE, null,
                    LocalDate.now(), null, "<p>恢复后应当原样可见。</p>"));
            long attachmentId = first.getBean(AttachmentService.class).attach(drafter, item.id(), "方案.pdf", attachment).id();
            publication.submit(drafter, item.id(), "测试");
            publication.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
            publication.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
            Item published = publication.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
            requestNumber = first.getBean(RequestService.class).register(drafter, new IntakeForm(ApplicantColumn.NATURAL_PERSON,
                    "备份测试人", "居民身份证", "510421199001011233", "13700000000", "备份恢复测试申请", null, FormWanted.PAPER,
                    Delivery.POST, Channel.COUNTER, LocalDate.now(), null)).request().requestNumber();
            String itemPath = "/portal/puwei/items/" + published.indexNumber();
            attachmentUrl = itemPath + "/attachments/" + attachmentId;
            page = body(first, itemPath);
            assertThat(page).contains("普威镇备份恢复测试通知");

            // While the first instance runs: H2's online backup is consistent.
            Backup.backup(url(a), "gongkai", H2Password.ensure(url(a), "gongkai"), a.resolve("files"), backup);
        }

        Backup.restore(backup, b, "gongkai", b.resolve("files"), b.resolve("search"));
        try (ConfigurableApplicationContext second = start(b)) {
            assertThat(body(second, "/portal/puwei/items/" + page.replaceAll("(?s).*?/portal/puwei/items/(puwei-[0-9-]+).*", "$1")))
                    .contains("普威镇备份恢复测试通知").contains("恢复后应当原样可见。");
            assertThat(bytes(second, attachmentUrl)).isEqualTo(attachment);
            StaffUser drafter = staff("puwei.drafter", Role.DRAFTER);
            assertThat(second.getBean(RequestService.class).casesOf(drafter, 11)).anySatisfy(c -> {
                assertThat(c.request().requestNumber()).isEqualTo(requestNumber);
                assertThat(c.maskedIdNumber()).isEqualTo("510***********1233"); // the same key decrypts it
            });
            // The search index was rebuilt from the restored database.
            assertThat(body(second, "/search?q=%E5%A4%87%E4%BB%BD%E6%81%A2%E5%A4%8D").replaceAll("</?mark>", ""))
                .contains("普威镇备份恢复测试通知");
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndAnOpenDatabaseIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path notBackup = dir.resolve("x.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notBackup))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write(1);
        }
        assertThatThrownBy(() -> Backup.restore(notBackup, dir.resolve("data"), "gongkai", dir.resolve("files"),
                dir.resolve("search"))).hasMessageContaining("不是 Gongkai 的备份文件");
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy/gongkai.lock.db"), "");
        assertThatThrownBy(() -> Backup.restore(notBackup, dir.resolve("busy"), "gongkai", dir.resolve("files"),
                dir.resolve("search"))).hasMessage("数据库正在使用中：请先停止 ./gongkai serve 再恢复");
        assertThatThrownBy(() -> Backup.backup("jdbc:postgresql://localhost/gongkai", "u", "p", dir, dir.resolve("b.zip")))
                .hasMessageContaining("PostgreSQL 请用 pg_dump");
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(GongkaiApplication.class).run("--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=" + url(data), "--gongkai.files.root=" + data.resolve("files"),
                "--gongkai.search.directory=" + data.resolve("search"), "--logging.level.root=warn");
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("gongkai").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    private static String body(ConfigurableApplicationContext c, String path) throws Exception {
        return new String(bytes(c, path), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ConfigurableApplicationContext c, String path) throws Exception {
        int port = ((WebServerApplicationContext) c).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, 11, EnumSet.of(role), "", true, false);
    }
}
