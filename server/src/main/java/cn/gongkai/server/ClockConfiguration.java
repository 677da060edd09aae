package cn.gongkai.server;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock everything time-dependent reads, so that tests can fix it. */
@Configuration
class ClockConfiguration {

    /**
     * The system clock; with the alive demo county ({@code gongkai.demo.activity}, never in production)
     * one that {@link DemoActivity} can send back to the days of its two years of work.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${gongkai.demo.enabled:false}") boolean demo, @Value("${gongkai.demo.activity:false}") boolean activity) {
        return demo && activity ? new TravellingClock(Clock.systemDefaultZone()) : Clock.systemDefaultZone();
    }
}
