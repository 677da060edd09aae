package cn.gongkai.server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Which registry counts an account's sessions for {@code gongkai.sessions.max-per-account}: with sessions in
 * the database (the cluster profile, Spring Session JDBC) the database's, so the cap holds across instances
 * and a session ended on one instance is ended on all; otherwise none is given and Spring Security keeps its
 * own in memory, as before.
 */
final class ClusterSessions {

    private ClusterSessions() {
    }

    @SuppressWarnings("unchecked")
    static java.util.Optional<SessionRegistry> registry(
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessionsInDatabase) {
        FindByIndexNameSessionRepository<?> repository = sessionsInDatabase.getIfAvailable();
        if (repository == null) {
            return java.util.Optional.empty(); // Spring Security's own in-memory registry, told of ended sessions
        }
        return java.util.Optional.of(
                new SpringSessionBackedSessionRegistry<>((FindByIndexNameSessionRepository<Session>) repository));
    }
}
