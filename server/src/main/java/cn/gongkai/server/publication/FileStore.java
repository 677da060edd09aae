package cn.gongkai.server.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where attachment bytes live, content-addressed: a file is kept once under its SHA-256 and never changed.
 * {@link LocalFileStore} (a directory, the one-machine default) or {@link S3FileStore} (an S3-compatible
 * object store shared by several instances, {@code gongkai.files.store=s3}).
 */
interface FileStore {

    /** Stores the bytes (whole or not at all) and returns their SHA-256. */
    String put(byte[] bytes);

    /** The bytes stored under {@code sha}; an {@link java.io.UncheckedIOException} when they are missing. */
    byte[] get(String sha);

    /** Whether the bytes are still there (a restore without the files, a store cleaned by hand). */
    boolean has(String sha);

    static String checked(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha);
        }
        return sha;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
