package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.request.TestClock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Art. 26 over a month, as the monthly assessment counts it, with deadlines counted by hand. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:statutory-timeliness-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class StatutoryTimelinessTests {

    @Autowired
    PublicationService service;

    @Autowired
    PublicationStats stats;

    @Autowired
    TestClock clock;

    @Test
    void publishedInTheMonthAndOverdueAtItsEndAreDueOnlyTheFirstWithinItsDeadline() {
        clock.set(LocalDate.of(2025, 9, 15));
        // Written 1 Sep: 20 working days are 2–5, 8–12, 15–19, 22–26 Sep and Sunday 28 Sep (make-up): on time.
        publish(draft("九月成文的公告", ItemKind.STATUTORY, LocalDate.of(2025, 9, 1)));
        // Written 1 Aug: due 29 Aug (4–8, 11–15, 18–22, 25–29), still unpublished on 30 Sep: due, late.
        draft("八月成文未发布的公告", ItemKind.NORMATIVE_DOCUMENT, LocalDate.of(2025, 8, 1));
        // Written 20 Sep: due in October, not yet due.
        draft("九月下旬成文的公告", ItemKind.STATUTORY, LocalDate.of(2025, 9, 20));
        // Work news has no Art. 26 deadline.
        publish(draft("工作动态", ItemKind.WORK_NEWS, LocalDate.of(2025, 6, 1)));

        assertThat(stats.statutory(11, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .isEqualTo(new PublicationStats.Timeliness(2, 1));
        assertThat(stats.statutory(12, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)))
                .as("another organ's").isEqualTo(new PublicationStats.Timeliness(0, 0));
    }

    private Item draft(String title, ItemKind kind, LocalDate writtenOn) {
        return service.create(staff("puwei.drafter", Role.DRAFTER),
                new ItemContent(title, kind, null, writtenOn, null, "<p>正文</p>"));
    }

    private void publish(Item item) {
        service.submit(staff("puwei.drafter", Role.DRAFTER), item.id(), "测试");
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        service.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, 11, EnumSet.of(role), "", true, false);
    }
}
