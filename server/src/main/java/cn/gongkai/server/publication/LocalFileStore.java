package cn.gongkai.server.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed file store under {@code gongkai.files.root}: a file is kept once, at a path made
 * of its SHA-256 only, written to a temporary name and moved in place so a crash never leaves half a file.
 * The default ({@code gongkai.files.store=local}); several instances share {@link S3FileStore} instead.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "gongkai.files.store", havingValue = "local",
        matchIfMissing = true)
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(@Value("${gongkai.files.root:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] bytes) {
        String sha = FileStore.sha256(bytes);
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

    @Override
    public byte[] get(String sha) {
        try {
            return Files.readAllBytes(path(sha));
        } catch (IOException e) {
            throw new UncheckedIOException("附件文件缺失：" + sha, e);
        }
    }

    @Override
    public boolean has(String sha) {
        return Files.isRegularFile(path(sha));
    }

    private Path path(String sha) {
        return root.resolve(FileStore.checked(sha).substring(0, 2)).resolve(sha);
    }
}
