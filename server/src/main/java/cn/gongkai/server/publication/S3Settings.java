package cn.gongkai.server.publication;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.files.s3.*}: the S3-compatible store of {@link S3FileStore} (docs/deployment.md). Endpoint,
 * bucket and keys come from the environment in production; {@code create-bucket} makes the bucket at start
 * (for tests and the demo script; an operator creates it with the store's own tools and leaves this off).
 */
@ConfigurationProperties("gongkai.files.s3")
record S3Settings(@Nullable String endpoint, @Nullable String bucket, @Nullable String region,
        @Nullable String accessKey, @Nullable String secretKey, @Nullable Boolean pathStyle, @Nullable String prefix,
        @Nullable Boolean createBucket) {

    S3Settings {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        pathStyle = pathStyle == null || pathStyle;
        prefix = prefix == null ? "attachments/" : prefix;
        createBucket = createBucket != null && createBucket;
    }

    /** Bound always (scanned), checked only when the store is chosen. */
    void require() {
        if (blank(endpoint) || blank(bucket) || blank(accessKey) || blank(secretKey)) {
            throw new IllegalStateException("对象存储（gongkai.files.store=s3）须设置 gongkai.files.s3.endpoint、bucket、"
                    + "access-key 和 secret-key（环境变量 GONGKAI_S3_ENDPOINT、GONGKAI_S3_BUCKET、GONGKAI_S3_ACCESS_KEY、"
                    + "GONGKAI_S3_SECRET_KEY）");
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
