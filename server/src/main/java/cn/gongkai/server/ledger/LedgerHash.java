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
 * The hash of an entry: SHA-256 over the previous hash and every field, each field length-prefixed
 * so that no two different entries can serialize alike. Times are hashed in UTC at microsecond
 * precision, which both databases keep.
 */
final class LedgerHash {

    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private LedgerHash() {
    }

    static String of(String prevHash, long id, OffsetDateTime at, String actor, @Nullable Long organId, String action,
            String subjectType, String subjectId, @Nullable String before, @Nullable String after) {
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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
