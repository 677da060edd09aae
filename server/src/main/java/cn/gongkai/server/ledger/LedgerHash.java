package cn.gongkai.server.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an entry over the previous hash and every field, each field length-prefixed so that no
 * two different entries can serialize alike. Times are hashed in UTC at microsecond precision, which
 * both databases keep. Entries since V23 are chained with HMAC-SHA-256 under the ledger key
 * ({@link #mac}); the plain SHA-256 of {@link #of} is kept only to verify the entries written before.
 */
final class LedgerHash {

    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private LedgerHash() {
    }

    /** The keyed chain: without the key nobody can compute the MAC of a changed entry or of those after it. */
    static String mac(javax.crypto.spec.SecretKeySpec key, String prevHash, long id, OffsetDateTime at, String actor,
            @Nullable Long organId, String action, String subjectType, String subjectId, @Nullable String before,
            @Nullable String after) {
        String text = serialize(prevHash, id, at, actor, organId, action, subjectType, subjectId, before, after);
        return LedgerKey.hmac(key, text);
    }

    static String of(String prevHash, long id, OffsetDateTime at, String actor, @Nullable Long organId, String action,
            String subjectType, String subjectId, @Nullable String before, @Nullable String after) {
        String text = serialize(prevHash, id, at, actor, organId, action, subjectType, subjectId, before, after);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String serialize(String prevHash, long id, OffsetDateTime at, String actor, @Nullable Long organId,
            String action, String subjectType, String subjectId, @Nullable String before, @Nullable String after) {
        StringBuilder sb = new StringBuilder();
        field(sb, prevHash);
        field(sb, Long.toString(id));
        field(sb, at.withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MICROS));
        field(sb, actor);
        field(sb, organId == null ? null : organId.toString());
        field(sb, action);
        field(sb, subjectType);
        field(sb, subjectId);
        field(sb, before);
        field(sb, after);
        return sb.toString();
    }

    private static void field(StringBuilder sb, @Nullable String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append(';');
    }
}
