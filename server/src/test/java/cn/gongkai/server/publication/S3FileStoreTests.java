package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The S3 store against a real S3-compatible server (S3Proxy, files in a temp folder) on a free loopback port. */
class S3FileStoreTests {

    @TempDir
    static Path disk;
    private static S3Proxy server;
    private static String endpoint;

    @BeforeAll
    static void start() throws Exception {
        server = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(disk.toString())).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(org.gaul.s3proxy.auth.AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
                .build();
        server.start();
        while (!server.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        endpoint = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static S3FileStore store(String secret) {
        return new S3FileStore(new S3Settings(endpoint, "gongkai-files", null, "test-access", secret, null, null, true));
    }

    @Test
    void storesReadsAndKnowsAFileByItsSha256() {
        try (S3FileStore store = store("test-secret")) {
            byte[] bytes = "关于2026年度政府信息公开工作的通知".getBytes(StandardCharsets.UTF_8);
            String sha = store.put(bytes);
            // the same bytes' SHA-256, computed independently of the store
            assertThat(sha).isEqualTo(FileStore.sha256(bytes.clone()));
            assertThat(store.has(sha)).isTrue();
            assertThat(store.get(sha)).isEqualTo(bytes);
            // equal bytes are kept once: a second put is the same object
            assertThat(store.put(bytes.clone())).isEqualTo(sha);
            assertThat(Files.exists(disk.resolve("gongkai-files").resolve("attachments").resolve(sha))).isTrue();
        }
    }

    @Test
    void anotherInstanceReadsWhatOneStored() {
        try (S3FileStore a = store("test-secret"); S3FileStore b = store("test-secret")) {
            byte[] bytes = new byte[300_000];
            new java.util.Random(17).nextBytes(bytes);
            String sha = a.put(bytes);
            assertThat(b.get(sha)).isEqualTo(bytes);
        }
    }

    @Test
    void aMissingFileIsAClearErrorAndHasSaysNo() {
        try (S3FileStore store = store("test-secret")) {
            String missing = "0".repeat(64);
            assertThat(store.has(missing)).isFalse();
            assertThatThrownBy(() -> store.get(missing)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("附件文件缺失");
        }
    }

    @Test
    void wrongKeysAreRefusedByTheStore() {
        store("test-secret").close(); // the bucket exists
        try (S3FileStore store = new S3FileStore(
                new S3Settings(endpoint, "gongkai-files", null, "test-access", "wrong", null, null, false))) {
            assertThatThrownBy(() -> store.put(new byte[] {1, 2, 3})).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aStoreWithoutEndpointOrKeysSaysWhichSettingsAreMissing() {
        assertThatThrownBy(() -> new S3FileStore(new S3Settings(null, "b", null, null, null, null, null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GONGKAI_S3_ENDPOINT");
    }
}
