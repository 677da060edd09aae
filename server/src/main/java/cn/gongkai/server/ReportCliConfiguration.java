package cn.gongkai.server;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The application as {@code ./gongkai report} needs it: the features' components (made lazily, see
 * {@link ReportLauncher}) on the database — data source, transactions, JdbcClient, Flyway (so an empty
 * database is migrated as by the server) — and nothing of the web: no auto-configuration beyond those
 * listed (evaluating Boot's ~200 auto-configurations was most of the old 17 s start), no controllers,
 * no security or HTTP configuration, no search indexer. Deliberately not a {@code @Configuration}: the server's own component
 * scan must not find it (it is only the source of {@link ReportLauncher}'s context).
 */
@ComponentScan(basePackages = "cn.gongkai.server", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = {Controller.class, ControllerAdvice.class}),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {GongkaiApplication.class,
                SecurityConfiguration.class, HttpCachingConfiguration.class, XmlTemplateConfiguration.class})})
// The search indexer is left out by its own condition (ItemIndexer: @ConditionalOnWebApplication).
@ConfigurationPropertiesScan("cn.gongkai.server")
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, JacksonAutoConfiguration.class})
class ReportCliConfiguration {
}
