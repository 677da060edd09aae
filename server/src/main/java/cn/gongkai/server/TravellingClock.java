package cn.gongkai.server;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The system clock, which the demo county can send back to a day of 2024 or 2025 while it writes that
 * day's work through the platform's own services (so an item published "on 12 March 2025" carries that
 * date in its record, its index number and the ledger), and then brings back to now. Only installed with
 * {@code gongkai.demo.activity}; the demo is written before the web server opens its port, so no visitor
 * ever sees a travelled clock.
 */
final class TravellingClock extends Clock {

    private final Clock system;
    private volatile Instant at;

    TravellingClock(Clock system) {
        this.system = system;
    }

    /** The application's clock when it travels; otherwise one of its own, which nothing else reads. */
    static TravellingClock of(Clock clock) {
        return clock instanceof TravellingClock t ? t : new TravellingClock(clock);
    }

    /** From now on the clock reads {@code time} on {@code day}, in the system zone. */
    void travelTo(LocalDate day, LocalTime time) {
        at = day.atTime(time).atZone(system.getZone()).toInstant();
    }

    /** Back to the system clock. */
    void back() {
        at = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant travelled = at;
        return travelled == null ? system.instant() : travelled;
    }
}
