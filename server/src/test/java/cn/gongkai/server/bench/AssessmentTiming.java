package cn.gongkai.server.bench;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.GongkaiApplication;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.assessment.MonthlyAssessment;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.Channel;
import cn.gongkai.server.request.Delivery;
import cn.gongkai.server.request.FormWanted;
import cn.gongkai.server.request.IntakeForm;
import cn.gongkai.server.request.RequestService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live monthly assessment of the demo county's seven organs, each with ITEMS published items (every
 * body with three links into the platform, one attachment each, all checked by the link check) and
 * REQUESTS requests; against a reference in the same run: reading those items' bodies and the requests
 * from the database once. scripts/bench assessment [ITEMS] [REQUESTS]. Median of repeated runs; not a test.
 */
public final class AssessmentTiming {

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int requestsPerOrgan = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("assessment-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:assessment-bench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--management.server.port=0", "--gongkai.search.directory=memory", "--gongkai.files.root=" + dir.resolve("files"),
                "--logging.level.root=warn")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Organ> organs = app.getBean(Organs.class).all().stream().filter(o -> o.parentId() != null).toList();
            byte[] pdf = "%PDF-1.4 bench".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
            Files.createDirectories(dir.resolve("files").resolve(sha.substring(0, 2)));
            Files.write(dir.resolve("files").resolve(sha.substring(0, 2)).resolve(sha), pdf);
            LocalDate day = LocalDate.now().minusMonths(1).withDayOfMonth(10);
            long id = 1_000_000;
            for (Organ o : organs) {
                for (int i = 0; i < items; i++, id++) {
                    String index = o.code() + "-B" + id;
                    String body = "<p>第" + i + "条。见<a href=\"/portal/" + o.code() + "/items/" + index + "\">本条</a>、"
                            + "<a href=\"/portal/" + o.code() + "/guide\">指南</a>和<img src=\"/portal/" + o.code() + "/items/"
                            + index + "/attachments/" + id + "\" alt=\"图\">。</p>";
                    jdbc.sql("""
                            INSERT INTO publication_item (id, organ_id, index_number, status, review_step, title, kind, written_on,
                                published_on, body_html, created_by, created_at, released_version)
                            VALUES (:id, :o, :ix, 'PUBLISHED', 0, :t, 'WORK_NEWS', :d, :d, :b, 'bench', :at, 1)""")
                            .param("id", id).param("o", o.id()).param("ix", index).param("t", "基准测试信息" + id).param("d", day)
                            .param("b", body).param("at", OffsetDateTime.now()).update();
                    jdbc.sql("""
                            INSERT INTO item_release (item_id, version, title, kind, written_on, body_html, published_on)
                            VALUES (:id, 1, :t, 'WORK_NEWS', :d, :b, :d)""").param("id", id).param("t", "基准测试信息" + id)
                            .param("d", day).param("b", body).update();
                    jdbc.sql("""
                            INSERT INTO attachment (id, item_id, file_name, media_type, size_bytes, sha256, added_by, added_at)
                            VALUES (:id, :id, 'a.pdf', 'application/pdf', :n, :sha, 'bench', :at)""").param("id", id)
                            .param("n", pdf.length).param("sha", sha).param("at", OffsetDateTime.now()).update();
                }
            }
            RequestService requests = app.getBean(RequestService.class);
            for (Organ o : organs) {
                StaffUser drafter = new StaffUser(0, o.code() + ".drafter", "", o.id(), EnumSet.of(Role.DRAFTER), "", true, false);
                for (int i = 0; i < requestsPerOrgan; i++) {
                    requests.register(drafter, new IntakeForm(ApplicantColumn.COMMERCIAL_ENTERPRISE, "企业" + i, null, null, "13800000000",
                            "基准测试申请" + i, null, FormWanted.PAPER, Delivery.POST, Channel.COUNTER, day.minusDays(i % 60), null));
                }
            }
            MonthlyAssessment assessment = app.getBean(MonthlyAssessment.class);
            StaffUser supervisor = new StaffUser(0, "county.supervisor", "", 1, EnumSet.of(Role.COUNTY_SUPERVISOR), "", true, false);
            YearMonth month = YearMonth.from(day);
            System.out.printf("%d organs × %d items (3 links + 1 attachment each) × %d requests%n", organs.size(), items,
                    requestsPerOrgan);
            time("live assessment of the month (all organs)", () -> assessment.month(supervisor, month).rows().size());
            time("reference: reading the items' bodies and the requests once", () -> jdbc.sql(
                    "SELECT body_html FROM item_release").query(String.class).list().size()
                    + jdbc.sql("SELECT * FROM disclosure_request").query().listOfRows().size()
                    + jdbc.sql("SELECT * FROM request_event").query().listOfRows().size());
            time("reference: reading the bodies and finding their links (jsoup)", () -> jdbc.sql("SELECT body_html FROM item_release")
                    .query(String.class).list().stream()
                    .mapToInt(b -> org.jsoup.Jsoup.parseBodyFragment(b).select("a[href], img[src]").size()).sum());
        }
    }

    private static void time(String what, Callable<?> work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.call();
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            work.call();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        ms.sort(null);
        System.out.printf("%-60s median %,d ms (min %,d, max %,d)%n", what, ms.get(3), ms.get(0), ms.get(6));
    }
}
