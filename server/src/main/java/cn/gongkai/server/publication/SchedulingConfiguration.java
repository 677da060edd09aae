package cn.gongkai.server.publication;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the scheduled jobs ({@link ScheduledPublication}); safe to enable twice if another module does too. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
