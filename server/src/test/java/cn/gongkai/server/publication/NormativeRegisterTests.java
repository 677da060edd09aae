package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Ledger;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The register of normative documents: entered on publication, amended or repealed with a record, counted per year. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:normative-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class NormativeRegisterTests {

    private static final long JUSTICE = 3;

    @Autowired
    PublicationService service;

    @Autowired
    NormativeDocuments register;

    @Autowired
    Items items;

    @Autowired
    Ledger ledger;

    @Autowired
    MockMvc mvc;

    @Test
    void publishedRepealedAndCountedForTableTwo() throws Exception {
        Item older = publish("米易县司法局关于法律援助经济困难标准的规定", "米司规〔2025〕1号", LocalDate.of(2025, 12, 1));
        Item newer = publish("米易县司法局人民调解工作规范", "米司规〔2026〕1号", LocalDate.of(2026, 2, 10));
        assertThat(register.of(newer.id())).hasValueSatisfying(d -> assertThat(d.validity()).isEqualTo(Validity.IN_FORCE));
        String page = "/portal/miyi-justice/items/" + items.byId(newer.id()).orElseThrow().indexNumber();
        mvc.perform(get(page)).andExpect(content().string(containsString("有效性</th>")))
                .andExpect(content().string(containsString("现行有效")));

        assertThatThrownBy(() -> service.changeValidity(staff("miyi-justice.drafter", Role.DRAFTER), newer.id(),
                Validity.REPEALED, LocalDate.of(2026, 6, 1), "米司规〔2026〕3号"))
                .hasMessage("只有本机关管理员可以登记规范性文件的修改或废止");
        StaffUser admin = staff("miyi-justice.admin", Role.ORGAN_ADMIN);
        assertThatThrownBy(() -> service.changeValidity(admin, newer.id(), Validity.REPEALED, LocalDate.of(2026, 1, 1),
                "米司规〔2026〕3号")).hasMessageContaining("不能早于成文日期 2026-02-10");
        service.changeValidity(admin, newer.id(), Validity.REPEALED, LocalDate.of(2026, 6, 1), "米司规〔2026〕3号");
        mvc.perform(get(page)).andExpect(content().string(containsString("已废止（2026-06-01 由 米司规〔2026〕3号 废止）")));
        assertThat(ledger.forSubject("item", Long.toString(newer.id()))).extracting(e -> e.action()).contains("validity-change");

        // By hand: 2025 — one issued (Dec 1), none repealed, one in force at year end.
        assertThat(register.counts(JUSTICE, 2025)).isEqualTo(new NormativeDocuments.YearCounts(1, 0, 1));
        // 2026 — one issued (Feb 10) and repealed (Jun 1); the 2025 one is still in force.
        assertThat(register.counts(JUSTICE, 2026)).isEqualTo(new NormativeDocuments.YearCounts(1, 1, 1));
        assertThat(register.ofOrgan(JUSTICE)).extracting(NormativeDocument::title)
                .containsExactly(newer.content().title(), older.content().title());
    }

    @Test
    void otherKindsAreNotRegistered() {
        Item news = service.create(staff("miyi-justice.drafter", Role.DRAFTER),
                new ItemContent("司法局工作动态", ItemKind.WORK_NEWS, null, null, null, "<p>x</p>"));
        assertThat(register.of(news.id())).isEmpty();
    }

    private Item publish(String title, String number, LocalDate written) {
        StaffUser drafter = staff("miyi-justice.drafter", Role.DRAFTER);
        Item item = service.create(drafter, new ItemContent(title, ItemKind.NORMATIVE_DOCUMENT, number, written, null,
                "<p>正文</p>"));
        service.submit(drafter, item.id(), null);
        service.approve(staff("miyi-justice.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        return service.approve(staff("miyi-justice.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, JUSTICE, EnumSet.of(role), "", true, false);
    }
}
