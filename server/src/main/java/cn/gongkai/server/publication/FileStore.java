package cn.gongkai.server.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed file store under {@code gongkai.files.root}: a file is kept once, at a path made
 * of its SHA-256 only, written to a temporary name and moved in place so a crash never leaves half a file.
 */
@Component
class FileStore {

    private final Path root;

    FileStore(@Value("${gongkai.files.root:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Stores the bytes and returns their SHA-256. */
    String put(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = path(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "upload-", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存附件", e);
        }
    }

    byte[] get(String sha) {
        try {
            return Files.readAllBytes(path(sha));
        } catch (IOException e) {
            throw new UncheckedIOException("附件文件缺失：" + sha, e);
        }
    }

    /** Whether the bytes are still there (a restore without the files folder, a disk cleaned by hand). */
    boolean has(String sha) {
        return Files.isRegularFile(path(sha));
    }

    private Path path(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
