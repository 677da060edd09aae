package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.persistence.PostgresDatabase;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Requests on a real PostgreSQL: stored encrypted, read back whole, the clock from the stored events. */
@SpringBootTest
@ActiveProfiles("test") // the PostgreSQL URL below wins over the profile's H2
class RequestPostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.use(registry);
    }

    @Autowired
    RequestService service;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegisteredRequestRoundTripsWithItsPersonalDataEncrypted() {
        StaffUser drafter = new StaffUser(0, "baipo.drafter", "baipo.drafter", 13, EnumSet.of(Role.DRAFTER), "", true, false);
        LocalDate received = service.today().minusDays(1);
        RequestService.Submitted s = service.register(drafter, new IntakeForm(ApplicantColumn.NATURAL_PERSON, "赵六", "居民身份证",
                "510421199001011233", "13712345678", "白坡彝族乡2025年低保名单", null, FormWanted.PAPER, Delivery.POST,
                Channel.COUNTER, received, null));

        CaseView v = service.view(drafter, s.request().id());

        assertThat(v.request().applicantName()).isEqualTo("赵六");
        assertThat(v.maskedIdNumber()).isEqualTo("510***********1233");
        assertThat(v.maskedContact()).isEqualTo("137****5678");
        assertThat(v.clock().start()).isEqualTo(received);
        assertThat(v.letters()).extracting(Letter::kind).containsExactly(LetterKind.ACKNOWLEDGEMENT);
        assertThat(service.lookup(s.request().requestNumber(), s.queryCode())).isPresent();
        String raw = jdbc.sql("SELECT id_number_enc FROM disclosure_request WHERE id = :id").param("id", s.request().id())
                .query(String.class).single();
        assertThat(raw).doesNotContain("510421").hasSizeGreaterThan(30);
        assertThat(service.revealIdNumber(drafter, s.request().id())).isEqualTo("510421199001011233");
    }
}
