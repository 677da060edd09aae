package cn.gongkai.server.accounts;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts, their password hashes and roles. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, display_name, organ_id, enabled, failed_logins, locked_until
                FROM account WHERE username = :u
                """).param("u", username)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getLong("organ_id"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                        rs.getObject("locked_until", OffsetDateTime.class), Set.<Role>of()))
                .optional()
                // The roles after the account's result set is closed: read inside the row mapper, they took a second
                // pooled connection while the first was held, and 20 logins at once on PostgreSQL held all ten and
                // waited for each other until Hikari's 30 s timeout (scripts/bench writes postgres).
                .map(a -> new Account(a.id(), a.username(), a.displayName(), a.organId(), a.enabled(), a.failedLogins(),
                        a.lockedUntil(), roles(a.id())));
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = :u").param("u", username).query(String.class)
                .optional();
    }

    private Set<Role> roles(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_role WHERE account_id = :id").param("id", accountId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    /** Adds an account whose password has already passed the policy and been hashed. */
    @Transactional
    public void add(Account account, String passwordHash, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO account (id, username, display_name, password_hash, organ_id, enabled, failed_logins, created_at)
                VALUES (:id, :u, :name, :hash, :organ, :enabled, 0, :now)
                """).param("id", account.id()).param("u", account.username()).param("name", account.displayName())
                .param("hash", passwordHash).param("organ", account.organId()).param("enabled", account.enabled())
                .param("now", now).update();
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)").param("id", account.id())
                    .param("role", role.name()).update();
        }
    }

    /** Every account with its roles, in two queries (not one per account). */
    public java.util.List<Account> all() {
        java.util.Map<Long, Set<Role>> roles = new java.util.HashMap<>();
        jdbc.sql("SELECT account_id, role FROM account_role").query((rs, n) -> {
            roles.computeIfAbsent(rs.getLong("account_id"), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
            return null;
        }).list();
        return jdbc.sql("""
                SELECT id, username, display_name, organ_id, enabled, failed_logins, locked_until
                FROM account ORDER BY organ_id, username
                """).query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getLong("organ_id"), rs.getBoolean("enabled"),
                        rs.getInt("failed_logins"), rs.getObject("locked_until", OffsetDateTime.class),
                        roles.getOrDefault(rs.getLong("id"), EnumSet.noneOf(Role.class))))
                .list();
    }

    @Transactional
    void setRoles(long accountId, Set<Role> roles) {
        jdbc.sql("UPDATE account SET credentials_version = credentials_version + 1 WHERE id = :id").param("id", accountId)
                .update();
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id").param("id", accountId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)").param("id", accountId)
                    .param("role", role.name()).update();
        }
    }

    void setPasswordHash(String username, String hash) {
        jdbc.sql("UPDATE account SET password_hash = :h, credentials_version = credentials_version + 1 WHERE username = :u")
                .param("h", hash).param("u", username).update();
    }

    /** The account's earlier password hashes, newest first, at most {@code limit}. */
    java.util.List<String> previousHashes(long accountId, int limit) {
        return jdbc.sql("SELECT password_hash FROM password_history WHERE account_id = :id ORDER BY changed_at DESC")
                .param("id", accountId).withMaxRows(limit).query(String.class).list();
    }

    /** Keeps a replaced password's hash; only the newest few are needed, older ones are deleted. */
    void rememberPassword(long accountId, String hash, OffsetDateTime at) {
        jdbc.sql("INSERT INTO password_history (account_id, changed_at, password_hash) VALUES (:id, :at, :h)")
                .param("id", accountId).param("at", at).param("h", hash).update();
        java.util.List<OffsetDateTime> kept = jdbc.sql(
                "SELECT changed_at FROM password_history WHERE account_id = :id ORDER BY changed_at DESC")
                .param("id", accountId).withMaxRows(AccountAdministration.HISTORY).query(OffsetDateTime.class).list();
        if (kept.size() == AccountAdministration.HISTORY) {
            jdbc.sql("DELETE FROM password_history WHERE account_id = :id AND changed_at < :oldest").param("id", accountId)
                    .param("oldest", kept.getLast()).update();
        }
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :e, credentials_version = credentials_version + 1 WHERE id = :id")
                .param("e", enabled).param("id", accountId).update();
    }

    /** The account's credentials version and whether it is enabled; empty when the account is gone. */
    Optional<CredentialsState> credentialsState(long accountId) {
        return jdbc.sql("SELECT credentials_version, enabled FROM account WHERE id = :id").param("id", accountId)
                .query((rs, n) -> new CredentialsState(rs.getInt("credentials_version"), rs.getBoolean("enabled")))
                .optional();
    }

    record CredentialsState(int version, boolean enabled) {
    }

    int credentialsVersion(String username) {
        return jdbc.sql("SELECT credentials_version FROM account WHERE username = :u").param("u", username)
                .query(Integer.class).optional().orElse(0);
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }
}
