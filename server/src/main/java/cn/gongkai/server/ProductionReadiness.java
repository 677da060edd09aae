package cn.gongkai.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile with a configuration that is only fit for a demo: the
 * embedded database, a missing or well-known password, cookies without Secure, an external address
 * that is not https. Every problem is listed, in Chinese, with the variable that fixes it.
 *
 * <p>A bean factory post-processor so that it is made before every ordinary bean: otherwise a bean that
 * refuses a missing setting on its own (the ledger key) would fail first with only its own message.
 */
@Component
@Profile("prod")
class ProductionReadiness implements BeanFactoryPostProcessor, org.springframework.context.EnvironmentAware {

    /** Passwords that appear in demos and tutorials; never acceptable in production. */
    static final Set<String> DEMO_PASSWORDS = Set.of("", "gongkai", "postgres", "password", "123456", "admin", "sa",
            "changeme", "demo");

    @Override
    public void setEnvironment(Environment env) {
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境（prod）配置不安全，拒绝启动：\n- " + String.join("\n- ", problems)
                    + "\n请按 README“生产环境”一节设置环境变量后重试。");
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // the checks ran in setEnvironment, before any ordinary bean was made
    }

    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            problems.add("未设置数据库地址 GONGKAI_DB_URL（例如 jdbc:postgresql://db.example:5432/gongkai）");
        } else if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            problems.add("生产环境不能使用内置 H2 数据库，请设置 GONGKAI_DB_URL 指向 PostgreSQL");
        }
        if (env.getProperty("spring.datasource.username", "").isBlank()) {
            problems.add("未设置数据库用户 GONGKAI_DB_USER");
        }
        if (DEMO_PASSWORDS.contains(env.getProperty("spring.datasource.password", "").toLowerCase(Locale.ROOT))) {
            problems.add("数据库密码 GONGKAI_DB_PASSWORD 为空或是演示用的常见密码");
        }
        if (!env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add("会话 Cookie 未设置 Secure：设置 GONGKAI_SECURE_COOKIES=true（须经 HTTPS 访问）");
        }
        if (env.getProperty("gongkai.demo.enabled", Boolean.class, false)) {
            problems.add("演示数据（含公开的演示密码）在生产环境中必须关闭：gongkai.demo.enabled=false");
        }
        String key = env.getProperty("gongkai.personal-data.key", "");
        if (key.isBlank() || key.strip().equals(cn.gongkai.server.request.PersonalDataCipher.DEMO_KEY)) {
            problems.add("申请人个人信息加密密钥 GONGKAI_PERSONAL_DATA_KEY 未设置或是演示密钥（生成：openssl rand -base64 32）");
        }
        String ledgerKey = env.getProperty("gongkai.ledger.key", "");
        if (ledgerKey.isBlank()) {
            problems.add("台账防篡改密钥 GONGKAI_LEDGER_KEY 未设置（生成：openssl rand -base64 32；与数据库分开保管）");
        }
        // A generated key is per process: on several instances (or after a restart) a challenge issued by one
        // would be refused by another, and a key nobody set is a key nobody rotates.
        if (env.getProperty("gongkai.forms.challenge-key", "").isBlank()) {
            problems.add("公众表单验证题密钥 GONGKAI_FORMS_CHALLENGE_KEY 未设置（生成：openssl rand -base64 32；各实例使用同一密钥）");
        }
        String base = env.getProperty("gongkai.base-url", "");
        if (!base.startsWith("https://")) {
            problems.add("对外地址 GONGKAI_BASE_URL 应为 https:// 开头的地址，当前为“" + base + "”");
        }
        return problems;
    }
}
