package cn.gongkai.server.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ledger's HMAC key, kept outside the database like the personal-data key: {@code gongkai.ledger.key}
 * (32 bytes, Base64; {@code GONGKAI_LEDGER_KEY} in production, where the application refuses to start
 * without it). Outside production, when no key is set, one is generated once into {@code ledger.key} in
 * the ledger directory, so a demo or a developer's machine works without setup and keeps its chain
 * verifiable across restarts.
 */
@Component
class LedgerKey {

    static final String FILE = "ledger.key";

    private final SecretKeySpec key;

    LedgerKey(@Value("${gongkai.ledger.key:}") String base64Key, LedgerFiles files,
            @Value("${gongkai.ledger.generate-key:true}") boolean generate) {
        String configured = base64Key.strip();
        if (configured.isEmpty()) {
            if (!generate) {
                throw new IllegalStateException("未设置台账密钥 GONGKAI_LEDGER_KEY（生成：openssl rand -base64 32），拒绝启动");
            }
            configured = generated(files.directory().resolve(FILE));
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("台账密钥 gongkai.ledger.key 不是 Base64 编码");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("台账密钥 gongkai.ledger.key 应为 32 字节（Base64 编码），实际 " + raw.length + " 字节");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    SecretKeySpec key() {
        return key;
    }

    static String hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static synchronized String generated(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            String encoded = Base64.getEncoder().encodeToString(raw);
            Path tmp = Files.createTempFile(file.getParent(), "ledger", ".key");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's permissions apply
            }
            Files.writeString(tmp, encoded + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成台账密钥文件 " + file, e);
        }
    }
}
