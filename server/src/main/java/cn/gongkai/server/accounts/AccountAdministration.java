package cn.gongkai.server.accounts;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role grants by the security administrator (安全管理员) and password changes by each person, both
 * recorded in the ledger. The three administrators' roles (三员) are never granted from the
 * platform: they are set up at installation, so no one administrator can make himself another.
 */
@Service
public class AccountAdministration {

    /** The roles the security administrator may grant or revoke. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.DRAFTER, Role.FIRST_REVIEWER, Role.SECOND_REVIEWER,
            Role.FINAL_REVIEWER, Role.ORGAN_ADMIN, Role.COUNTY_SUPERVISOR);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Ledger ledger;
    private final SessionRevocation revocation;
    private final LoginThrottle throttle;
    /** How many earlier passwords a new one may not repeat (besides the current one). */
    static final int HISTORY = 5;

    AccountAdministration(Accounts accounts, PasswordEncoder encoder, Ledger ledger, SessionRevocation revocation,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.revocation = revocation;
        this.accounts = accounts;
        this.encoder = encoder;
        this.ledger = ledger;
    }

    public List<Account> accounts(StaffUser admin) {
        requireSecurityAdmin(admin);
        return accounts.all();
    }

    @Transactional
    public void setRoles(StaffUser admin, String username, Set<Role> requested) {
        requireSecurityAdmin(admin);
        Account account = accounts.byUsername(username)
                .orElseThrow(() -> new AccountException("没有这个账号：" + username));
        if (account.username().equals(admin.username())) {
            throw new AccountException("不能修改自己的角色");
        }
        if (!GRANTABLE.containsAll(requested)) {
            throw new AccountException("系统、安全、审计管理员（三员）角色不能在平台上授予");
        }
        Set<Role> kept = EnumSet.noneOf(Role.class);
        account.roles().stream().filter(r -> !GRANTABLE.contains(r)).forEach(kept::add);
        if (!kept.isEmpty() && !requested.isEmpty()) {
            throw new AccountException("三员账号不能兼任业务角色");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(kept);
        roles.addAll(requested);
        accounts.setRoles(account.id(), roles);
        revocation.changed(account.id()); // the account's sessions end at their next request
        ledger.record(new Action(admin.username(), account.organId(), "permission-change", "account", username,
                names(account.roles()), names(roles)));
    }

    /** Disables or enables an account; a disabled account cannot sign in and its sessions end at once. */
    @Transactional
    public void setEnabled(StaffUser admin, String username, boolean enabled) {
        requireSecurityAdmin(admin);
        Account account = accounts.byUsername(username)
                .orElseThrow(() -> new AccountException("没有这个账号：" + username));
        if (account.username().equals(admin.username())) {
            throw new AccountException("不能停用自己的账号");
        }
        accounts.setEnabled(account.id(), enabled);
        revocation.changed(account.id());
        ledger.record(new Action(admin.username(), account.organId(), enabled ? "account-enable" : "account-disable",
                "account", username, Boolean.toString(account.enabled()), Boolean.toString(enabled)));
    }

    /**
     * Changes one's own password. Every other session of the account ends; the returned person (with the
     * new credentials version) is for the caller to keep this session signed in.
     */
    @Transactional
    public StaffUser changePassword(StaffUser user, String current, String replacement) {
        String hash = accounts.passwordHash(user.username()).orElseThrow();
        // Throttled: a stolen session must not be usable to guess the password (5 wrong, then 15 minutes).
        if (throttle.passwordCheckLocked(user.username())) {
            throw new AccountException("当前密码输错次数过多，请 15 分钟后再试");
        }
        if (!encoder.matches(current, hash)) {
            throttle.passwordCheckFailed(user.username());
            throw new AccountException("当前密码不正确");
        }
        List<String> problems = new java.util.ArrayList<>(PasswordPolicy.problemsOfNewPassword(replacement, user.username()));
        if (problems.isEmpty() && (encoder.matches(replacement, hash)
                || accounts.previousHashes(user.accountId(), HISTORY).stream().anyMatch(h -> encoder.matches(replacement, h)))) {
            problems.add("新密码不能与当前密码或之前 " + HISTORY + " 次用过的密码相同");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(String.join("；", problems));
        }
        accounts.rememberPassword(user.accountId(), hash, java.time.OffsetDateTime.now());
        accounts.setPasswordHash(user.username(), encoder.encode(replacement));
        revocation.changed(user.accountId());
        ledger.record(new Action(user.username(), user.organId(), "password-change", "account", user.username(), null, null));
        return new StaffUser(user.accountId(), user.username(), user.displayName(), user.organId(), user.roles(), "",
                user.enabled(), user.locked(), accounts.credentialsVersion(user.username()));
    }

    private static void requireSecurityAdmin(StaffUser admin) {
        if (!admin.has(Role.SECURITY_ADMIN)) {
            throw new AccountException("只有安全管理员可以管理账号角色");
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
