package cn.gongkai.server.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An organ administrator's request for a change of his organ's staff (V62), decided by the security administrator. */
public record AccountRequest(long id, long organId, String requestedBy, Kind kind, String username,
        @Nullable String displayName, Set<Role> roles, @Nullable String note, Status status, OffsetDateTime createdAt,
        @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String decisionNote) {

    /** What is asked for. */
    public enum Kind {
        CREATE("新建账号"), ROLES("调整角色"), DISABLE("停用账号"), ENABLE("启用账号"), UNLOCK("解除锁定"),
        RESET_PASSWORD("重置密码");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** Where the request stands. */
    public enum Status {
        PENDING("待办理"), DONE("已办理"), REFUSED("不予办理");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}
