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
                SELECT id, username, display_name, organ_id, enabled FROM account WHERE username = :u
                """).param("u", username)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getLong("organ_id"), rs.getBoolean("enabled"), roles(rs.getLong("id"))))
                .optional();
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
        add(account, passwordHash, now, false);
    }

    /** {@code mustChangePassword}: the password is a temporary one the security administrator handed over. */
    @Transactional
    void add(Account account, String passwordHash, OffsetDateTime now, boolean mustChangePassword) {
        jdbc.sql("""
                INSERT INTO account (id, username, display_name, password_hash, organ_id, enabled, created_at,
                    must_change_password)
                VALUES (:id, :u, :name, :hash, :organ, :enabled, :now, :must)
                """).param("id", account.id()).param("u", account.username()).param("name", account.displayName())
                .param("hash", passwordHash).param("organ", account.organId()).param("enabled", account.enabled())
                .param("now", now).param("must", mustChangePassword).update();
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
                SELECT id, username, display_name, organ_id, enabled FROM account ORDER BY organ_id, username
                """).query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getLong("organ_id"), rs.getBoolean("enabled"),
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

    /** One's own new password: it is no longer a temporary one. */
    void setPasswordHash(String username, String hash) {
        jdbc.sql("""
                UPDATE account SET password_hash = :h, must_change_password = FALSE,
                    credentials_version = credentials_version + 1 WHERE username = :u""")
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
        return jdbc.sql("SELECT credentials_version, enabled, must_change_password FROM account WHERE id = :id")
                .param("id", accountId)
                .query((rs, n) -> new CredentialsState(rs.getInt("credentials_version"), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    /** {@code mustChangePassword}: signed in with a temporary password, which must be replaced first. */
    record CredentialsState(int version, boolean enabled, boolean mustChangePassword) {
    }

    /** A temporary password set by the security administrator: the sessions end and a change is forced. */
    void setTemporaryPassword(long accountId, String hash) {
        jdbc.sql("""
                UPDATE account SET password_hash = :h, must_change_password = TRUE,
                    credentials_version = credentials_version + 1 WHERE id = :id""")
                .param("h", hash).param("id", accountId).update();
    }

    public java.util.List<Account> ofOrgan(long organId) {
        return all().stream().filter(a -> a.organId() == organId).toList();
    }

    int credentialsVersion(String username) {
        return jdbc.sql("SELECT credentials_version FROM account WHERE username = :u").param("u", username)
                .query(Integer.class).optional().orElse(0);
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }
}
