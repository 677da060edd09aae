package cn.gongkai.server.operations;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the embedded H2 file database its generated password ({@link H2Password}) whenever the configured
 * password is empty — the default setup, the server and ./gongkai report alike. A password the operator set is
 * used as it is; PostgreSQL and in-memory databases are left alone. Registered in META-INF/spring.factories.
 */
public class H2PasswordEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        String password = environment.getProperty("spring.datasource.password", "");
        if (H2Password.fileFor(url) == null || !password.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        environment.getPropertySources().addFirst(new MapPropertySource("gongkaiH2Password",
                Map.of("spring.datasource.password", H2Password.ensure(url, user))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files and the command line are read
    }
}
