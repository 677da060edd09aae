package cn.gongkai.server.request;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public forms' challenge as a signed, single-use, time-limited token in the form itself (no session):
 * {@code form.kind.issuedAt.nonce.answer.mac}, the answer AES-GCM-encrypted and the whole HMAC-SHA-256-signed
 * with keys derived from {@code gongkai.forms.challenge-key} (configuration, never the database: someone who
 * can read the database cannot mint answers). A token is refused when its signature does not match (changed),
 * when it is older than {@code gongkai.forms.challenge-valid-for} or younger than the minimum fill time, and
 * when its nonce was used before ({@link ChallengeNonces}): one answer per question, right or wrong.
 */
@Component
public class FormChallenges {

    private static final Logger log = LoggerFactory.getLogger(FormChallenges.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    /** A challenge for a form: its token, the picture (null for the text variant) and the label to show. */
    public record Issued(String token, @Nullable String image, String label, boolean text) {
    }

    /** What a submitted answer came to. */
    public enum Outcome { ACCEPTED, WRONG, TAMPERED, EXPIRED, REPLAYED, TOO_FAST }

    private final SecretKeySpec macKey;
    private final SecretKeySpec encKey;
    private final ChallengeNonces nonces;
    private final Clock clock;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();

    FormChallenges(@Value("${gongkai.forms.challenge-key:}") String key,
            @Value("${gongkai.forms.challenge-valid-for:30m}") Duration validFor, ChallengeNonces nonces, Clock clock) {
        byte[] secret;
        if (key.isBlank()) {
            // Fine for one instance; several need one shared key (application-prod.yml: GONGKAI_FORMS_CHALLENGE_KEY).
            log.warn("未设置 gongkai.forms.challenge-key：公众表单验证题的密钥在本次运行中随机生成（重启后未提交的表单需重新填写验证题）");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = Base64.getDecoder().decode(key.strip());
            if (secret.length < 32) {
                throw new IllegalStateException("gongkai.forms.challenge-key 应为至少 32 字节的 Base64 密钥");
            }
        }
        this.macKey = new SecretKeySpec(derive(secret, "form-challenge-mac"), "HmacSHA256");
        this.encKey = new SecretKeySpec(java.util.Arrays.copyOf(derive(secret, "form-challenge-enc"), 16), "AES");
        this.nonces = nonces;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** A new challenge for {@code form}: the picture when a font can draw it and the text variant is not asked for. */
    public Issued issue(String form, boolean textWanted) {
        boolean text = textWanted || !ChallengeImage.available();
        ChallengeQuestions.Question q = text ? ChallengeQuestions.character(random) : ChallengeQuestions.arithmetic(random);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = form + "." + (text ? "T" : "I") + "." + clock.millis() + "." + B64.encodeToString(nonce) + "."
                + B64.encodeToString(encrypt(q.answer()));
        String token = payload + "." + B64.encodeToString(mac(payload));
        return text ? new Issued(token, null, "验证题：" + q.text(), true)
                : new Issued(token, ChallengeImage.dataUri(q.text(), random), "验证题：请填写图中算式的得数（阿拉伯数字）", false);
    }

    /** Checks {@code answer} to {@code token} on {@code form}; the token is spent unless it was changed or expired. */
    public Outcome check(String form, String token, String answer, Duration minFillTime) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 6 || !parts[0].equals(form)) {
            return Outcome.TAMPERED;
        }
        String payload = String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4]);
        byte[] signature;
        long issuedAt;
        try {
            signature = UNB64.decode(parts[5]);
            issuedAt = Long.parseLong(parts[2]);
        } catch (IllegalArgumentException e) {
            return Outcome.TAMPERED;
        }
        if (!MessageDigest.isEqual(signature, mac(payload))) {
            return Outcome.TAMPERED;
        }
        Instant now = clock.instant();
        Instant issued = Instant.ofEpochMilli(issuedAt);
        if (now.isAfter(issued.plus(validFor))) {
            return Outcome.EXPIRED;
        }
        if (now.isBefore(issued.plus(minFillTime))) {
            return Outcome.TOO_FAST; // not spent: a person who was quick may send the same form again
        }
        if (!nonces.use(parts[3], issued.plus(validFor), now)) {
            return Outcome.REPLAYED;
        }
        String expected = decrypt(UNB64.decode(parts[4]));
        return expected != null && expected.equals(normalize(answer)) ? Outcome.ACCEPTED : Outcome.WRONG;
    }

    /** Full-width digits and spaces as a person may type them: "１２" is 12. */
    private static String normalize(String answer) {
        return java.text.Normalizer.normalize(answer, java.text.Normalizer.Form.NFKC).strip();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] encrypt(String answer) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(answer.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private @Nullable String decrypt(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encKey, new GCMParameterSpec(128, sealed, 0, 12));
            return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
