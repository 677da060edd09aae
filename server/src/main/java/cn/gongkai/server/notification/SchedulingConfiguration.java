package cn.gongkai.server.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sender and the digest run on a schedule in the server only (not in ./gongkai report). */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class SchedulingConfiguration {
}
