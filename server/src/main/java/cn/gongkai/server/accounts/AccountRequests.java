package cn.gongkai.server.accounts;

import cn.gongkai.server.accounts.AccountRequest.Kind;
import cn.gongkai.server.accounts.AccountRequest.Status;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests for an organ's staff (三员分立): the organ administrator sees his staff and asks; only
 * the security administrator changes accounts, by carrying out or refusing the request. Nobody asks for
 * a change of his own account, and the three administrators' accounts are not an organ's staff.
 */
@Service
public class AccountRequests {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccountAdministration administration;
    private final Ledger ledger;
    private final cn.gongkai.server.shared.Ids ids;
    private final Clock clock;

    AccountRequests(JdbcClient jdbc, Accounts accounts, AccountAdministration administration, Ledger ledger,
            cn.gongkai.server.shared.Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.administration = administration;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
    }

    /** What the organ administrator asks for; {@code displayName} only for a new account, roles for new and role changes. */
    public record Form(Kind kind, String username, @Nullable String displayName, Set<Role> roles, @Nullable String note) {
    }

    @Transactional
    public long file(StaffUser organAdmin, Form form) {
        if (!organAdmin.has(Role.ORGAN_ADMIN)) {
            throw new AccountException("只有机关管理员可以提出账号变更申请");
        }
        String username = form.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (username.isEmpty()) {
            throw new AccountException("请填写用户名");
        }
        if (username.equals(organAdmin.username())) {
            throw new AccountException("不能为自己的账号提出变更申请");
        }
        Optional<Account> target = accounts.byUsername(username);
        if (form.kind() == Kind.CREATE) {
            if (target.isPresent()) {
                throw new AccountException("用户名 " + username + " 已有账号，请另选一个");
            }
            if (form.displayName() == null || form.displayName().isBlank() || form.displayName().strip().length() > 100) {
                throw new AccountException("新建账号请填写姓名（1 到 100 个字）");
            }
        } else if (target.isEmpty() || target.get().organId() != organAdmin.organId()
                || target.get().roles().stream().anyMatch(r -> !AccountAdministration.GRANTABLE.contains(r))) {
            // the same answer for an account of another organ: nothing is learnt about it
            throw new AccountException("本机关没有账号 " + username);
        }
        if (!AccountAdministration.GRANTABLE.containsAll(form.roles())) {
            throw new AccountException("系统、安全、审计管理员（三员）角色不能在平台上授予");
        }
        String note = form.note() == null ? null : form.note().strip();
        if (note != null && note.length() > 500) {
            throw new AccountException("说明最多 500 字");
        }
        long id = ids.next("account_request");
        jdbc.sql("""
                INSERT INTO account_request (id, organ_id, requested_by, kind, username, display_name, roles, note, status,
                    created_at) VALUES (:id, :organ, :by, :kind, :u, :name, :roles, :note, 'PENDING', :now)""")
                .param("id", id).param("organ", organAdmin.organId()).param("by", organAdmin.username())
                .param("kind", form.kind().name()).param("u", username)
                .param("name", form.kind() == Kind.CREATE ? form.displayName().strip() : null)
                .param("roles", codes(form.roles())).param("note", note == null || note.isEmpty() ? null : note)
                .param("now", OffsetDateTime.now(clock)).update();
        ledger.record(new Action(organAdmin.username(), organAdmin.organId(), "account-request-file", "account-request",
                Long.toString(id), null, form.kind().chinese() + " " + username));
        return id;
    }

    public List<AccountRequest> pending(StaffUser securityAdmin) {
        requireSecurityAdmin(securityAdmin);
        return jdbc.sql("SELECT * FROM account_request WHERE status = 'PENDING' ORDER BY created_at, id")
                .query(AccountRequests::map).list();
    }

    /** The organ's requests, newest first (the last 100). */
    public List<AccountRequest> ofOrgan(long organId) {
        return jdbc.sql("SELECT * FROM account_request WHERE organ_id = :o ORDER BY created_at DESC, id DESC")
                .param("o", organId).withMaxRows(100).query(AccountRequests::map).list();
    }

    /**
     * Carries out a pending request through the security administrator's own operations (so every rule of
     * theirs holds and each change is in the ledger); returns the temporary password of a new account or a
     * reset, to be handed over.
     */
    @Transactional
    public Optional<String> carryOut(StaffUser securityAdmin, long id) {
        requireSecurityAdmin(securityAdmin);
        AccountRequest r = claim(securityAdmin, id, Status.DONE, null);
        Optional<String> temporary = switch (r.kind()) {
            case CREATE -> Optional.of(administration.create(securityAdmin,
                    new AccountAdministration.NewAccount(r.username(), r.displayName() == null ? "" : r.displayName(),
                            r.organId(), r.roles())));
            case ROLES -> {
                administration.setRoles(securityAdmin, r.username(), r.roles());
                yield Optional.empty();
            }
            case DISABLE, ENABLE -> {
                administration.setEnabled(securityAdmin, r.username(), r.kind() == Kind.ENABLE);
                yield Optional.empty();
            }
            case UNLOCK -> {
                administration.unlock(securityAdmin, r.username());
                yield Optional.empty();
            }
            case RESET_PASSWORD -> Optional.of(administration.resetPassword(securityAdmin, r.username()));
        };
        ledger.record(new Action(securityAdmin.username(), r.organId(), "account-request-done", "account-request",
                Long.toString(id), Status.PENDING.chinese(), Status.DONE.chinese()));
        return temporary;
    }

    @Transactional
    public void refuse(StaffUser securityAdmin, long id, String reason) {
        requireSecurityAdmin(securityAdmin);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new AccountException("请写明不予办理的理由（最多 500 字）");
        }
        AccountRequest r = claim(securityAdmin, id, Status.REFUSED, why);
        ledger.record(new Action(securityAdmin.username(), r.organId(), "account-request-refuse", "account-request",
                Long.toString(id), Status.PENDING.chinese(), Status.REFUSED.chinese() + "：" + why));
    }

    /** Decides a pending request once: a second click, or a second administrator at the same time, is refused. */
    private AccountRequest claim(StaffUser securityAdmin, long id, Status status, @Nullable String note) {
        int claimed = jdbc.sql("""
                UPDATE account_request SET status = :s, decided_by = :by, decided_at = :now, decision_note = :note
                WHERE id = :id AND status = 'PENDING'""").param("s", status.name()).param("by", securityAdmin.username())
                .param("now", OffsetDateTime.now(clock)).param("note", note).param("id", id).update();
        if (claimed == 0) {
            throw new AccountException("这项申请不存在或已经办理过");
        }
        return jdbc.sql("SELECT * FROM account_request WHERE id = :id").param("id", id).query(AccountRequests::map).single();
    }

    private static void requireSecurityAdmin(StaffUser user) {
        if (!user.has(Role.SECURITY_ADMIN)) {
            throw new AccountException("只有安全管理员可以办理账号变更");
        }
    }

    private static @Nullable String codes(Set<Role> roles) {
        return roles.isEmpty() ? null : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static AccountRequest map(ResultSet rs, int n) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return new AccountRequest(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("requested_by"),
                Kind.valueOf(rs.getString("kind")), rs.getString("username"), rs.getString("display_name"), set,
                rs.getString("note"), Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_note"));
    }
}
