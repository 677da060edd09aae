package cn.gongkai.server.ledger;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One recorded action. {@code before} and {@code after} are the states as text (JSON) where the
 * action changed something; personal data must be masked by the recording module before it gets here.
 * {@code keyed}: chained by HMAC (false only for entries written before V23, chained by plain SHA-256).
 */
public record LedgerEntry(long id, OffsetDateTime at, String actor, @Nullable Long organId, String action,
        String subjectType, String subjectId, @Nullable String before, @Nullable String after, String prevHash,
        String hash, boolean keyed) {

    /** An entry as written since V23: chained by HMAC under the ledger key. */
    public LedgerEntry(long id, OffsetDateTime at, String actor, @Nullable Long organId, String action,
            String subjectType, String subjectId, @Nullable String before, @Nullable String after, String prevHash,
            String hash) {
        this(id, at, actor, organId, action, subjectType, subjectId, before, after, prevHash, hash, true);
    }
}
