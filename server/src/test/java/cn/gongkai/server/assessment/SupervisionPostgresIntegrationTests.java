package cn.gongkai.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.persistence.PostgresDatabase;
import cn.gongkai.server.supervision.InspectionFinding;
import cn.gongkai.server.supervision.InspectionService;
import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Inspections and issued assessments on a real PostgreSQL: what is stored is what is read back. */
@SpringBootTest
@ActiveProfiles("test") // the PostgreSQL URL below wins over the profile's H2
class SupervisionPostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }

    @Autowired
    InspectionService inspections;

    @Autowired
    MonthlyAssessment assessment;

    @Test
    void aFindingGoesThroughItsStepsAndAnIssuedMonthReadsBackAsIssued() {
        StaffUser supervisor = new StaffUser(0, "county.supervisor", "", 1, EnumSet.of(Role.COUNTY_SUPERVISOR), "", true, false);
        StaffUser admin = new StaffUser(0, "binggu.admin", "", 15, EnumSet.of(Role.ORGAN_ADMIN), "", true, false);
        InspectionFinding f = inspections.record(supervisor, "binggu", InspectionFinding.Category.BROKEN_LINK, "首页“通知公告”链接打不开",
                null, null);
        inspections.rectify(admin, f.id(), "已修复链接");
        inspections.confirm(supervisor, f.id());
        assertThat(inspections.ofOrgan(15)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(InspectionFinding.Status.CONFIRMED);
            assertThat(x.rectification()).isEqualTo("已修复链接");
            assertThat(x.confirmedBy()).isEqualTo("county.supervisor");
        });

        YearMonth last = YearMonth.now().minusMonths(1);
        MonthlyAssessment.Month live = assessment.month(supervisor, last);
        MonthlyAssessment.Month issued = assessment.issue(supervisor, last);
        assertThat(issued.issued()).isTrue();
        assertThat(issued.rows()).extracting(r -> r.organ().code() + " " + r.rank() + " " + r.score() + " " + r.points())
                .containsExactlyElementsOf(live.rows().stream()
                        .map(r -> r.organ().code() + " " + r.rank() + " " + r.score() + " " + r.points()).toList());
        assertThat(assessment.trend(supervisor, last).values()).allSatisfy(byMonth -> assertThat(byMonth).containsKey(last));
    }
}
