package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.util.EnumSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Steps the browser tests need from outside the package: items made through the services, the clock, the job. */
public final class WritingFlows {

    private static final long PUWEI = 11;

    private final PublicationService service;
    private final ScheduledPublication scheduler;
    private final MovableClock clock;

    WritingFlows(PublicationService service, ScheduledPublication scheduler, MovableClock clock) {
        this.service = service;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    public byte[] wordLikeDocx() throws Exception {
        return DocxFixtures.wordLike();
    }

    /** A notice with a plain-text body, through all three review steps: its id. */
    public long publishedNotice(String title, String body) {
        long id = approvedUpToTheLastStep(title, body);
        service.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), id, "");
        return id;
    }

    public long approvedUpToTheLastStep(String title) {
        return approvedUpToTheLastStep(title, "元旦期间值班电话：0812-1234567。");
    }

    private long approvedUpToTheLastStep(String title, String body) {
        Item item = service.create(staff("puwei.drafter", Role.DRAFTER), new ItemContent(title, ItemKind.NOTICE, null, null,
                null, body));
        service.submit(staff("puwei.drafter", Role.DRAFTER), item.id(), null);
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        return item.id();
    }

    public MovableClock clock() {
        return clock;
    }

    public int publishDue() {
        return scheduler.publishDue();
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, PUWEI, EnumSet.of(role), "", true, false);
    }

    /** Use with {@code @Import(WritingFlows.Config.class)}: the flows and a movable clock. */
    @TestConfiguration
    @Import(MovableClock.Config.class)
    public static class Config {
        @Bean
        WritingFlows writingFlows(PublicationService service, ScheduledPublication scheduler, MovableClock clock) {
            return new WritingFlows(service, scheduler, clock);
        }
    }
}
