package cn.gongkai.server.publication;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every instance that the portal changed (issue 17), with PostgreSQL's own LISTEN/NOTIFY: the
 * change's transaction runs {@code pg_notify} ({@link #NOTIFY}), which PostgreSQL delivers when, and only
 * if, it commits; each instance listens on a dedicated connection of its own (not one of the pool's) and
 * runs {@code onChange} for every notification, within {@link #WAIT_MILLIS} of its arrival. While the
 * connection is lost notifications may be missed, so every (re)connection runs {@code onChange} once too.
 */
final class PortalChangeNotifications implements AutoCloseable {

    static final String CHANNEL = "gongkai_portal";
    /** Runs in the changing transaction: delivered at its commit, dropped at its rollback. */
    static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', '')";
    static final int WAIT_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(PortalChangeNotifications.class);

    private final String url;
    private final String user;
    private final String password;
    private final Runnable onChange;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    PortalChangeNotifications(String url, String user, String password, Runnable onChange) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.onChange = onChange;
        this.listener = Thread.ofPlatform().daemon().name("portal-change-listener").start(this::listen);
    }

    /** Whether the LISTEN is in place (tests wait for it before notifying). */
    boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                onChange.run(); // whatever changed while this instance was not listening
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn("门户变更通知的数据库连接中断，1 秒后重连：{}", e.getMessage());
                    sleep();
                }
            } catch (RuntimeException e) {
                log.error("门户变更通知处理失败", e);
            }
        }
        listening = false;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        listener.interrupt();
        listener.join(2 * WAIT_MILLIS + 1000);
    }
}
