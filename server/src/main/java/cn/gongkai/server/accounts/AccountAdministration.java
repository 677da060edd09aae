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
    private final cn.gongkai.server.shared.Ids ids;
    private final cn.gongkai.server.organs.Organs organs;
    private final java.time.Clock clock;
    /** 用户名: lower-case letters, digits, dots and hyphens, starting with a letter (miyi.zhangsan). */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z][a-z0-9.-]{2,63}");
    /** How many earlier passwords a new one may not repeat (besides the current one). */
    static final int HISTORY = 5;

    AccountAdministration(Accounts accounts, PasswordEncoder encoder, Ledger ledger, SessionRevocation revocation,
            LoginThrottle throttle, cn.gongkai.server.shared.Ids ids, cn.gongkai.server.organs.Organs organs,
            java.time.Clock clock) {
        this.ids = ids;
        this.organs = organs;
        this.clock = clock;
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

    /** What the security administrator fills in for a new account. */
    public record NewAccount(String username, String displayName, long organId, Set<Role> roles) {
    }

    /**
     * Creates an account with a temporary password, which is returned to be handed over (it is shown once
     * and stored only as a hash); at the first sign-in the person must choose his own.
     */
    @Transactional
    public String create(StaffUser admin, NewAccount form) {
        requireSecurityAdmin(admin);
        String username = form.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("用户名须为 3 到 64 位小写字母、数字、点或连字符，以字母开头，例如 miyi.zhangsan");
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new AccountException("用户名 " + username + " 已有账号，请另选一个");
        }
        String name = form.displayName().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new AccountException("请填写姓名（1 到 100 个字）");
        }
        if (organs.byId(form.organId()).isEmpty()) {
            throw new AccountException("请选择所属机关");
        }
        if (!GRANTABLE.containsAll(form.roles())) {
            throw new AccountException("系统、安全、审计管理员（三员）角色不能在平台上授予");
        }
        String temporary = TemporaryPasswords.next(username);
        Set<Role> roles = form.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.roles());
        accounts.add(new Account(ids.next("account"), username, name, form.organId(), true, roles),
                encoder.encode(temporary), java.time.OffsetDateTime.now(clock), true);
        ledger.record(new Action(admin.username(), form.organId(), "account-create", "account", username, null,
                names(roles)));
        return temporary;
    }

    /**
     * Gives an account a new temporary password (returned, to be handed over) and ends its sign-in locks:
     * its sessions end, and after signing in with it the person must choose his own before anything else.
     */
    @Transactional
    public String resetPassword(StaffUser admin, String username) {
        requireSecurityAdmin(admin);
        Account account = existing(username);
        if (account.username().equals(admin.username())) {
            throw new AccountException("不能重置自己的密码，请在“修改密码”中修改");
        }
        String temporary = TemporaryPasswords.next(account.username());
        accounts.rememberPassword(account.id(), accounts.passwordHash(account.username()).orElseThrow(),
                java.time.OffsetDateTime.now(clock));
        accounts.setTemporaryPassword(account.id(), encoder.encode(temporary));
        throttle.unlock(account.username());
        revocation.changed(account.id());
        ledger.record(new Action(admin.username(), account.organId(), "password-reset", "account", account.username(),
                null, null));
        return temporary;
    }

    /** Ends an account's sign-in locks at every address (and of its password change). */
    @Transactional
    public void unlock(StaffUser admin, String username) {
        requireSecurityAdmin(admin);
        Account account = existing(username);
        var until = throttle.lockedNames().get(account.username());
        if (throttle.unlock(account.username()) == 0 || until == null) {
            throw new AccountException(account.username() + " 现在没有被锁定");
        }
        ledger.record(new Action(admin.username(), account.organId(), "account-unlock", "account", account.username(),
                until.toString(), null));
    }

    /** Ends the lock of an address from which too many sign-ins failed (it locks every name). */
    @Transactional
    public void unlockAddress(StaffUser admin, String address) {
        requireSecurityAdmin(admin);
        if (throttle.unlockAddress(address) == 0) {
            throw new AccountException("地址 " + address + " 现在没有被锁定");
        }
        ledger.record(new Action(admin.username(), null, "login-address-unlock", "login-address", address, null, null));
    }

    public java.util.Map<String, java.time.OffsetDateTime> lockedNames(StaffUser admin) {
        requireSecurityAdmin(admin);
        return throttle.lockedNames();
    }

    public java.util.Map<String, java.time.OffsetDateTime> lockedAddresses(StaffUser admin) {
        requireSecurityAdmin(admin);
        return throttle.lockedAddresses();
    }

    private Account existing(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new AccountException("没有这个账号：" + username));
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
            throw new AccountException("只有安全管理员可以管理账号");
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
