package cn.gongkai.server.search;

import cn.gongkai.search.SearchSettings;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.search.*}: embedded Lucene in {@code directory} (default {@code ./data/search};
 * {@code memory} keeps it in memory), or, when {@code hosts} is set, an OpenSearch/Elasticsearch
 * cluster with the analysis-smartcn plugin (README: 检索集群).
 */
@ConfigurationProperties("gongkai.search")
record SearchProperties(@Nullable String directory, @Nullable List<String> hosts, @Nullable String protocol,
        @Nullable String version, @Nullable String username, @Nullable String password) {

    SearchSettings settings() {
        if (hosts != null && !hosts.isEmpty()) {
            return SearchSettings.cluster(hosts, protocol == null ? "http" : protocol, version, username, password);
        }
        if ("memory".equals(directory)) {
            return SearchSettings.inMemory();
        }
        return SearchSettings.embedded(Path.of(directory == null ? "./data/search" : directory));
    }
}
