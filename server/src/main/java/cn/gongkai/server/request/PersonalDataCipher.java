package cn.gongkai.server.request;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts applicants' personal data at rest (identity numbers, contact details): AES-256-GCM with a
 * random nonce per value; the key ({@code gongkai.personal-data.key}, 32 bytes in Base64) lives
 * outside the database, so a copy of the database alone reveals nothing.
 */
@Component
public class PersonalDataCipher {

    /** The demo key: public, and refused by the production profile. */
    public static final String DEMO_KEY = "Z29uZ2thaS1kZW1vLWtleS1ub3QtZm9yLXByb2R1Y3Q=";

    private static final int NONCE = 12;
    /** Null when no key is configured: production readiness reports it; nothing is encrypted without one. */
    private final @org.jspecify.annotations.Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(@Value("${gongkai.personal-data.key:" + DEMO_KEY + "}") String base64Key) {
        if (base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gongkai.personal-data.key 不是 Base64 编码");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("gongkai.personal-data.key 应为 32 字节（Base64 编码），实际 " + raw.length + " 字节");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    private SecretKeySpec key() {
        if (key == null) {
            throw new IllegalStateException("未设置申请人个人信息加密密钥 gongkai.personal-data.key，不能保存或读取申请");
        }
        return key;
    }

    public String encrypt(String plain) {
        return Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt(String stored) {
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("个人信息无法解密：数据已损坏", e);
        }
        return new String(unseal(in), StandardCharsets.UTF_8);
    }

    /** A file (an identity proof) sealed as nonce || ciphertext with the same key. */
    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plain);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("加密失败", e);
        }
    }

    public byte[] unseal(byte[] stored) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, stored, 0, NONCE));
            return c.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("个人信息无法解密：密钥与加密时不同，或数据已损坏", e);
        }
    }
}
