package cn.gongkai.server.publication;

import java.io.UncheckedIOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Attachments in an S3-compatible object store (issue 17, {@code gongkai.files.store=s3}), shared by every
 * instance: one object per file, named by its SHA-256 under {@code gongkai.files.s3.prefix}. An S3 PUT is
 * whole or nothing, so a crash never leaves half a file, and equal bytes are stored once.
 * The AWS SDK for Java v2 with the JDK's HTTP client; path-style addresses and checksums only where the
 * API requires them, which is what S3-compatible servers (MinIO, Ceph, S3Proxy, the clouds' own) accept.
 */
@Component
@ConditionalOnProperty(name = "gongkai.files.store", havingValue = "s3")
class S3FileStore implements FileStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);

    private final S3Client s3;
    private final S3Settings settings;

    S3FileStore(S3Settings settings) {
        settings.require();
        this.settings = settings;
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        if (settings.createBucket() && !bucketExists()) {
            try {
                s3.createBucket(b -> b.bucket(settings.bucket()));
                log.info("已在对象存储中创建桶 {}", settings.bucket());
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException e) {
                // another instance starting at the same moment made it first (found by the cluster test)
            }
        }
    }

    private boolean bucketExists() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public String put(byte[] bytes) {
        String sha = FileStore.sha256(bytes);
        try {
            if (!has(sha)) {
                s3.putObject(b -> b.bucket(settings.bucket()).key(key(sha)).contentLength((long) bytes.length),
                        RequestBody.fromBytes(bytes));
            }
            return sha;
        } catch (S3Exception e) {
            throw new UncheckedIOException("无法保存附件：对象存储拒绝写入（" + e.statusCode() + "）",
                    new java.io.IOException(e));
        }
    }

    @Override
    public byte[] get(String sha) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key(sha))).asByteArray();
        } catch (S3Exception e) {
            throw new UncheckedIOException("附件文件缺失：" + sha, new java.io.IOException(e));
        }
    }

    @Override
    public boolean has(String sha) {
        try {
            s3.headObject(b -> b.bucket(settings.bucket()).key(key(sha)));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private String key(String sha) {
        return settings.prefix() + FileStore.checked(sha);
    }

    @Override
    public void close() {
        s3.close();
    }
}
