package cn.gongkai.server;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run once across all instances (issue 17). A job is an ordinary {@code @Scheduled}
 * method that also carries {@code @SchedulerLock(name = "…", lockAtMostFor = "…", lockAtLeastFor = "…")}:
 * the instance that takes the row of that name in table {@code shedlock} (V67) runs it, every other instance
 * skips that run. Times come from the database's clock ({@code usingDbTime}), so instances whose clocks
 * differ still agree. docs/deployment.md 定时任务 says how to write one; one machine takes the same lock.
 *
 * <p>Only in the web server: {@code ./gongkai report} and the other commands run no jobs.
 */
@Configuration
@ConditionalOnWebApplication
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
