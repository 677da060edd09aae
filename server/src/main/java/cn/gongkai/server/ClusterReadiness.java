package cn.gongkai.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code cluster} profile on parts that one instance keeps to itself: the embedded
 * database, the embedded search index, attachments on this machine's own disk (unless the operator says
 * the directory is a shared volume). Every problem is listed, in Chinese, with the variable that fixes it
 * (docs/deployment.md). Made before any bean, like {@link ProductionReadiness}.
 */
@Component
@Profile("cluster")
class ClusterReadiness implements BeanFactoryPostProcessor, EnvironmentAware {

    @Override
    public void setEnvironment(Environment env) {
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("多实例（cluster）配置不完整，拒绝启动：\n- " + String.join("\n- ", problems)
                    + "\n请按 docs/deployment.md 设置环境变量后重试。");
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // the checks ran in setEnvironment
    }

    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "").toLowerCase(Locale.ROOT);
        if (!url.startsWith("jdbc:postgresql:")) {
            problems.add("多个实例须共用 PostgreSQL：设置 GONGKAI_DB_URL（例如 jdbc:postgresql://db.example:5432/gongkai），当前为“"
                    + env.getProperty("spring.datasource.url", "") + "”");
        }
        if (env.getProperty("gongkai.search.hosts", "").isBlank()) {
            problems.add("多个实例须共用 OpenSearch 检索集群：设置 GONGKAI_SEARCH_HOSTS（例如 search1.example:9200）");
        }
        String store = env.getProperty("gongkai.files.store", "local");
        if ("local".equals(store) && !env.getProperty("gongkai.files.shared-volume", Boolean.class, false)) {
            problems.add("附件存放在本机目录，其他实例读不到：设置 gongkai.files.store=s3 及 GONGKAI_S3_*，"
                    + "或确认 gongkai.files.root 是共享卷后设置 gongkai.files.shared-volume=true");
        }
        // Keys an instance would otherwise generate for itself: each instance would sign with its own, so a
        // ledger entry written by A fails B's verification and a form shown by A is refused when posted to B.
        if (env.getProperty("gongkai.ledger.key", "").isBlank()) {
            problems.add("多个实例须共用台账防篡改密钥：设置 GONGKAI_LEDGER_KEY（生成：openssl rand -base64 32）");
        }
        if (env.getProperty("gongkai.forms.challenge-key", "").isBlank()) {
            problems.add("多个实例须共用公众表单验证题密钥：设置 GONGKAI_FORMS_CHALLENGE_KEY（生成：openssl rand -base64 32）");
        }
        return problems;
    }
}
