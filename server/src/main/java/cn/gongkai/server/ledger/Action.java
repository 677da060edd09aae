package cn.gongkai.server.ledger;

import org.jspecify.annotations.Nullable;

/** What is to be recorded; the ledger adds the time, the id and the hashes. */
public record Action(String actor, @Nullable Long organId, String action, String subjectType, String subjectId,
        @Nullable String before, @Nullable String after) {
}
