package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One review decision: who, at which step, approve or return, the comment, and the confidentiality conclusion. */
public record ReviewRecord(int step, Role role, String reviewer, String decision, @Nullable String comment,
        @Nullable String confidentiality, OffsetDateTime decidedAt) {

    public boolean approved() {
        return decision.equals("APPROVE");
    }
}
