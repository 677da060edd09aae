package cn.gongkai.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 17 on a real cluster on loopback (see {@link Cluster}). The scenarios run in order on one cluster:
 * the kill comes last but one, the restart last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static Cluster cluster;

    @BeforeAll
    static void start() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!Files.isExecutable(Nginx.BINARY)) {
            String why = "没有 nginx（/usr/sbin/nginx）：运行 scripts/install-test-packages.sh 安装后再测";
            if (ci) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        Path jar = Path.of(System.getProperty("gongkai.server.jar", "../server/target/gongkai-server-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            String why = "没有服务器 jar " + jar + "：先构建 server 模块（mvn -B package -pl server -am -DskipTests）";
            if (ci) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        cluster = new Cluster(jar);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void publishedOnAItIsOnBsPortalAndSearchWithinASecond() throws Exception {
        Browser visitor = Browser.anonymous();
        String portal = cluster.b.base() + "/portal/puwei";
        String title = "普威镇集群演练公告第一号";
        String search = cluster.b.base() + "/search?q=" + URLEncoder.encode("集群演练公告", StandardCharsets.UTF_8);
        // B has the portal page in its cache (a second request is served from it)
        assertThat(visitor.get(portal).body()).doesNotContain(title);
        assertThat(visitor.get(portal).body()).doesNotContain(title);
        assertThat(Browser.text(visitor.get(search).body())).doesNotContain(title);

        Cluster.publish(cluster.a.base(), title);
        long published = System.nanoTime();
        boolean onPortal = false;
        boolean inSearch = false;
        while (!(onPortal && inSearch) && System.nanoTime() - published < 3_000_000_000L) {
            onPortal = onPortal || visitor.get(portal).body().contains(title);
            inSearch = inSearch || Browser.text(visitor.get(search).body()).contains(title);
        }
        long millis = (System.nanoTime() - published) / 1_000_000;
        assertThat(onPortal).as("on B's portal").isTrue();
        assertThat(inSearch).as("in B's search").isTrue();
        System.out.printf("[cluster-test] published on A, on B's portal and search after %d ms%n", millis);
        assertThat(millis).as("ms after A acknowledged the publication").isLessThan(1_000);
    }

    @Test
    @Order(2)
    void aSessionStartedThroughTheBalancerHoldsOnEitherInstance() throws Exception {
        Browser person = Browser.withCookies().signIn(cluster.nginx.base(), "gaoping.drafter");
        // round robin: these requests alternate between A and B
        for (int i = 0; i < 6; i++) {
            var page = person.get(cluster.nginx.base() + "/workspace/items");
            assertThat(page.statusCode()).as("request %d through the balancer", i).isEqualTo(200);
        }
        // and each instance, asked directly, knows the session
        assertThat(person.get(cluster.a.base() + "/workspace/items").statusCode()).isEqualTo(200);
        assertThat(person.get(cluster.b.base() + "/workspace/items").statusCode()).isEqualTo(200);
        // a form token read from A's page is accepted by B (the token lives with the session's cookie)
        person.refreshToken(cluster.a.base());
        long id = person.createDraft(cluster.b.base(), "高平镇跨实例草稿");
        assertThat(person.get(cluster.a.base() + "/workspace/items/" + id).body()).contains("高平镇跨实例草稿");
        // without the cookie, the workspace asks for a login
        assertThat(Browser.anonymous().get(cluster.b.base() + "/workspace/items").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(3)
    void theLockedJobRunsOnOneInstanceEachTime() throws Exception {
        Thread.sleep(10_000); // cron every 3 s: about three runs
        Set<Long> onA = slots(cluster.a.logText());
        Set<Long> onB = slots(cluster.b.logText());
        Set<Long> both = new TreeSet<>(onA);
        both.retainAll(onB);
        assertThat(both).as("runs of the same moment on both instances").isEmpty();
        Set<Long> all = new TreeSet<>(onA);
        all.addAll(onB);
        assertThat(all.size()).as("runs since both started: A %s, B %s", onA, onB).isGreaterThanOrEqualTo(3);
    }

    private static Set<Long> slots(String log) {
        Set<Long> slots = new TreeSet<>();
        Matcher m = Pattern.compile("定时任务 search-catch-up 运行（(\\d+)）").matcher(log);
        while (m.find()) {
            slots.add(Long.parseLong(m.group(1)));
        }
        return slots;
    }

    @Test
    @Order(4)
    void killingAUnderLoadLosesNoAcknowledgedWrite() throws Exception {
        LoadRun run = new LoadRun(cluster.nginx.base());
        run.runFor(30_000, 10_000, cluster.a::kill);
        System.out.printf("[cluster-test] 30 s of load, A killed at 10 s: %d reads, %d drafts acknowledged, failures %s%n",
                run.reads(), run.acknowledged().size(), run.failures());
        assertThat(run.acknowledged()).as("drafts acknowledged").hasSizeGreaterThan(5);
        assertThat(run.reads()).as("public reads answered").isGreaterThan(50);
        // failures only for requests in flight when A was killed
        for (LoadRun.Failure f : run.failures()) {
            assertThat(f.startedNanos()).as(f.toString()).isLessThanOrEqualTo(run.killedAtNanos());
            assertThat(f.endedNanos()).as(f.toString()).isGreaterThanOrEqualTo(run.killStartedAtNanos());
        }
        assertThat(run.failures()).as("at most one per load thread").hasSizeLessThanOrEqualTo(LoadRun.THREADS);
        // every acknowledged draft is there, read through the balancer (now only B)
        Browser staff = run.staff();
        for (var e : run.acknowledged().entrySet()) {
            var page = staff.get(cluster.nginx.base() + "/workspace/items/" + e.getKey());
            assertThat(page.statusCode()).as("draft %d", e.getKey()).isEqualTo(200);
            assertThat(page.body()).contains(e.getValue());
        }
        // B serves every kind of page afterwards
        Browser visitor = Browser.anonymous();
        for (String path : LoadRun.PUBLIC_PAGES) {
            assertThat(visitor.get(cluster.nginx.base() + path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(staff.get(cluster.nginx.base() + "/workspace/items").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void withADeadInstanceTheOtherCatchesUpTheIndexAndTheRestartedOneServesEverything() throws Exception {
        // published on B while A is down
        String title = "普威镇集群演练公告第二号";
        long id = Cluster.publish(cluster.b.base(), title);
        String query = "/search?q=" + URLEncoder.encode("集群演练公告", StandardCharsets.UTF_8);
        Browser visitor = Browser.anonymous();
        assertThat(Browser.text(visitor.get(cluster.b.base() + query).body())).contains(title);

        // an instance that died between commit and index: the item's document is missing, its mark is left
        cluster.search.deleteDocument(id);
        assertThat(Browser.text(visitor.get(cluster.b.base() + query).body())).doesNotContain(title);
        try (Connection c = cluster.postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO search_pending (item_id, marked_at) VALUES (" + id
                    + ", LOCALTIMESTAMP - INTERVAL '1' MINUTE)");
        }
        // B's catch-up job (every 3 s, marks older than 5 s) indexes it again
        long end = System.currentTimeMillis() + 15_000;
        boolean found = false;
        while (!found && System.currentTimeMillis() < end) {
            Thread.sleep(500);
            found = Browser.text(visitor.get(cluster.b.base() + query).body()).contains(title);
        }
        assertThat(found).as("indexed again by the instance still running").isTrue();

        cluster.a.start();
        cluster.a.awaitReady(java.time.Duration.ofMinutes(5));
        assertThat(visitor.get(cluster.a.base() + "/portal/puwei").body()).contains(title).contains("普威镇集群演练公告第一号");
        assertThat(Browser.text(visitor.get(cluster.a.base() + query).body())).contains(title);
        Browser staff = Browser.withCookies().signIn(cluster.a.base(), "puwei.drafter");
        assertThat(staff.get(cluster.a.base() + "/workspace/items/" + id).body()).contains(title);
    }
}
