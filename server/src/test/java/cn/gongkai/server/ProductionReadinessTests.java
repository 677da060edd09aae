package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.server.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile starts only with a production configuration. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionReadinessTests {

    @Test
    void refusesTheDemoConfigurationAndSaysWhatToSet() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:mem:prod-demo", "--spring.datasource.username=sa",
                "--spring.datasource.password=sa"))
                .hasStackTraceContaining("生产环境（prod）配置不安全，拒绝启动")
                .hasStackTraceContaining("不能使用内置 H2 数据库")
                .hasStackTraceContaining("GONGKAI_DB_PASSWORD")
                .hasStackTraceContaining("GONGKAI_SECURE_COOKIES=true")
                .hasStackTraceContaining("GONGKAI_BASE_URL")
                .hasStackTraceContaining("GONGKAI_PERSONAL_DATA_KEY")
                .hasStackTraceContaining("台账防篡改密钥 GONGKAI_LEDGER_KEY 未设置")
                .hasStackTraceContaining("公众表单验证题密钥 GONGKAI_FORMS_CHALLENGE_KEY 未设置");
    }

    @Test
    void refusesDemoDataInProduction() {
        assertThatThrownBy(() -> start("--spring.datasource.url=" + PostgresDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=a-long-random-secret",
                "--server.servlet.session.cookie.secure=true", "--gongkai.base-url=https://gongkai.example.gov.cn",
                "--gongkai.ledger.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'C'),
                "--gongkai.ledger.directory=target/test-ledger/prod-demo", "--gongkai.demo.enabled=true"))
                .hasStackTraceContaining("演示数据（含公开的演示密码）在生产环境中必须关闭");
    }

    @Test
    void refusesWhenNothingIsConfigured() {
        assertThatThrownBy(() -> start()).hasStackTraceContaining("未设置数据库地址 GONGKAI_DB_URL");
    }

    @Test
    void startsWithAProductionConfigurationOnPostgresAndLogsInJson(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start("--spring.datasource.url=" + PostgresDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=a-long-random-secret",
                "--server.servlet.session.cookie.secure=true", "--gongkai.base-url=https://gongkai.example.gov.cn",
                "--gongkai.personal-data.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'),
                "--gongkai.ledger.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'C'),
                "--gongkai.forms.challenge-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'D'),
                "--gongkai.ledger.directory=target/test-ledger/prod-start")) {
            assertThat(context.isRunning()).isTrue();
        }
        // Structured logs for the collector: the start-up lines are ECS JSON objects.
        assertThat(output.getOut().lines().filter(l -> l.contains("Started ") && l.contains(" seconds (process running for")))
                .isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{").contains("\"ecs\":{\"version\""));
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        // The search index is derived data: in memory here, so no test run leaves or locks an index on disk.
        all[args.length + 1] = "--gongkai.search.directory=memory";
        all[args.length + 2] = "--management.server.port=0";
        return new SpringApplicationBuilder(GongkaiApplication.class).profiles("prod").run(all);
    }
}
