package cn.gongkai.server;

import cn.gongkai.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar every deadline uses: the State Council holiday notices shipped with
 * Gongkai (calendar module). Editing them from the platform is planned; until then a new year's
 * notice is added to holidays-cn.csv.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.bundled();
    }
}
