package cn.gongkai.server.publication;

import cn.gongkai.server.shared.PortalChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cluster profile's page cache invalidation (issue 17, {@code gongkai.cluster.portal-notify=true}, needs
 * PostgreSQL): a change to the portal on any instance empties the page cache of every instance, this one
 * included, once the change has committed.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "gongkai.cluster.portal-notify", havingValue = "true")
class ClusterPortalCache implements AutoCloseable {

    private final JdbcClient jdbc;
    private final PortalChangeNotifications notifications;

    ClusterPortalCache(JdbcClient jdbc, PortalPageCache cache, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.jdbc = jdbc;
        this.notifications = new PortalChangeNotifications(url, user, password, cache::clearAll);
    }

    /** In the change's transaction (or on its own when there is none), so the notice goes out with the commit. */
    @EventListener
    void portalChanged(PortalChanged event) {
        jdbc.sql(PortalChangeNotifications.NOTIFY).query().singleRow();
    }

    @Override
    public void close() throws InterruptedException {
        notifications.close();
    }
}
