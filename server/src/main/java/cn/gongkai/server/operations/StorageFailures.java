package cn.gongkai.server.operations;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Failures of the storage under the database rather than of a statement: the disk full, an I/O error, and
 * the embedded H2 closed after one. Hikari evicts a connection that met one ({@link #adjudicate}; named in
 * application.yml as the pool's exception override), so the next borrow opens the database anew once space
 * is back — by default Hikari evicts only on connection-class SQLStates (08…), which H2's 90098 "database
 * is already closed" is not, and the dead sessions kept the closed database from reopening.
 * DatabaseErrorAdvice answers them 503 with the storage page instead of 500.
 */
public class StorageFailures implements SQLExceptionOverride {

    /**
     * H2's codes (org.h2.api.ErrorCode): FILE_CORRUPTED_1 90030, IO_EXCEPTION_1 90028, IO_EXCEPTION_2 90031,
     * DATABASE_IS_CLOSED 90098, NO_DISK_SPACE_AVAILABLE 90100, DATABASE_CALLED_AT_SHUTDOWN 90121.
     */
    static final Set<Integer> H2_STORAGE = Set.of(90030, 90028, 90031, 90098, 90100, 90121);
    /** PostgreSQL's class 53 (insufficient resources): 53100 disk_full among them. */
    static final String POSTGRES_DISK_FULL = "53100";

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (storage(e)) {
            lastFailure = System.currentTimeMillis();
            return Override.MUST_EVICT;
        }
        return Override.CONTINUE_EVICT;
    }

    /** How long after a recognised storage failure any database failure is taken for one of its sequels. */
    static final long INCIDENT_MILLIS = 60_000;
    private static volatile long lastFailure = Long.MIN_VALUE / 2;

    /**
     * Whether {@code e} or a cause of it is a storage failure — recognised by its codes, or any failed SQL within a
     * minute of one: while the closed database is being reopened H2 also fails commits with no code at all
     * (SQLState null, code 0), and those are the same incident, answered 503 rather than 500.
     */
    public static boolean isStorageFailure(Throwable e) {
        boolean sqlSeen = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageShort || (t instanceof SQLException sql && storage(sql))
                    || (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left"))) {
                lastFailure = System.currentTimeMillis();
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return false; // an integrity violation (unique key, foreign key) is the data's fault, never the disk's
            }
            sqlSeen |= t instanceof SQLException;
        }
        return sqlSeen && System.currentTimeMillis() - lastFailure < INCIDENT_MILLIS;
    }

    /** By code, or H2's "general error" 50000 whose cause is the store's failed write (MVStoreException, IOException). */
    private static boolean storage(SQLException e) {
        if (H2_STORAGE.contains(e.getErrorCode()) || POSTGRES_DISK_FULL.equals(e.getSQLState())) {
            return true;
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException || t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
    }
}
