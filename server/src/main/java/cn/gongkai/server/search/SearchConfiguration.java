package cn.gongkai.server.search;

import cn.gongkai.search.SearchIndex;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchConfiguration.class);

    /**
     * On a shared cluster, two instances starting at the same moment both try to create the index and one
     * of them is refused ("already exists", seen in the cluster test): it tries again, and then finds it.
     */
    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return SearchIndex.open(properties.settings());
            } catch (RuntimeException e) {
                if (!properties.settings().clustered() || attempt == 3) {
                    throw e;
                }
                log.warn("检索集群初始化失败（第 {} 次），2 秒后重试：{}", attempt, e.getMessage());
                Thread.sleep(2_000);
            }
        }
    }
}
