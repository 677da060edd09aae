package cn.gongkai.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the index lives. Embedded Lucene in a directory (the default), in memory (tests), or an
 * OpenSearch/Elasticsearch cluster.
 *
 * @param directory the Lucene index directory; null keeps the index in memory
 * @param hosts     the cluster's host:port list; empty for embedded Lucene
 * @param version   the cluster's distribution and version as Hibernate Search spells it, e.g.
 *                  {@code opensearch:2.19}; null to ask the cluster at start
 */
public record SearchSettings(@Nullable Path directory, List<String> hosts, String protocol, @Nullable String version,
        @Nullable String username, @Nullable String password) {

    public SearchSettings {
        hosts = List.copyOf(hosts);
    }

    public static SearchSettings embedded(Path directory) {
        return new SearchSettings(directory, List.of(), "http", null, null, null);
    }

    public static SearchSettings inMemory() {
        return new SearchSettings(null, List.of(), "http", null, null, null);
    }

    public static SearchSettings cluster(List<String> hosts, String protocol, @Nullable String version,
            @Nullable String username, @Nullable String password) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("集群模式至少要配置一个地址（host:port）");
        }
        return new SearchSettings(null, hosts, protocol, version, username, password);
    }

    public boolean clustered() {
        return !hosts.isEmpty();
    }

    /** The Hibernate Search configuration properties these settings stand for. */
    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        // The index is derived data, rebuilt from the database; its mapping follows the code.
        p.put("hibernate.search.schema_management.strategy", "create-or-update");
        if (clustered()) {
            p.put("hibernate.search.backend.type", "elasticsearch");
            p.put("hibernate.search.backend.hosts", String.join(",", hosts));
            p.put("hibernate.search.backend.protocol", protocol);
            p.put("hibernate.search.backend.analysis.configurer", new ChineseAnalysis.Cluster());
            if (version != null) {
                p.put("hibernate.search.backend.version", version);
            }
            if (username != null) {
                p.put("hibernate.search.backend.username", username);
                p.put("hibernate.search.backend.password", password == null ? "" : password);
            }
        } else {
            p.put("hibernate.search.backend.type", "lucene");
            // The analyzers' behaviour follows the Lucene on the classpath; said explicitly, which also
            // tells Hibernate Search not to warn at every start.
            p.put("hibernate.search.backend.lucene_version", "LATEST");
            p.put("hibernate.search.backend.analysis.configurer", new ChineseAnalysis.Lucene());
            if (directory == null) {
                p.put("hibernate.search.backend.directory.type", "local-heap");
            } else {
                p.put("hibernate.search.backend.directory.type", "local-filesystem");
                p.put("hibernate.search.backend.directory.root", directory.toAbsolutePath().toString());
            }
        }
        return p;
    }
}
