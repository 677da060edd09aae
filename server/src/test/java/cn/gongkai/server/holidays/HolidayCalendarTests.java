package cn.gongkai.server.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.calendar.Deadline;
import cn.gongkai.server.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The system administrator enters a new year's notice and every deadline counts with it at once;
 * a wrong file changes nothing and says which line is wrong.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:holiday-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class HolidayCalendarTests {

    /** A 2027 notice for the test (the real one is not out when this is written): 国庆 1–7 Oct, Saturday 9 Oct worked. */
    private static final String NOTICE_2027 = """
            date,kind,holiday,notice_year
            2027-10-01,off,国庆节,2027
            2027-10-02,off,国庆节,2027
            2027-10-03,off,国庆节,2027
            2027-10-04,off,国庆节,2027
            2027-10-05,off,国庆节,2027
            2027-10-06,off,国庆节,2027
            2027-10-07,off,国庆节,2027
            2027-10-09,work,国庆节,2027
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    HolidayCalendar calendar;

    @Autowired
    Ledger ledger;

    @Test
    void aNewYearsNoticeMovesDeadlinesAndEndsTheirProvisionalMark() throws Exception {
        LocalDate start = LocalDate.of(2027, 9, 28); // a Tuesday
        // Before: weekends and the fixed-date holidays (国庆 1–3 Oct) only, provisional. 29, 30 Sep, (Fri 1 Oct
        // off), 4, 5, 6 Oct.
        assertThat(calendar.current().addWorkingDays(start, 5, DayCounting.START_DAY_EXCLUDED))
                .isEqualTo(new Deadline(LocalDate.of(2027, 10, 6), true));

        MockHttpSession admin = login("system.admin");
        mvc.perform(post("/workspace/calendar/years").param("year", "2027").param("csv", NOTICE_2027).session(admin)
                .with(csrf())).andExpect(flash().attribute("done", "2027 年节假日安排已保存（8 天）。之后计算的期限都按新安排。"));

        // After: 29, 30 Sep, 8 Oct (Fri), 9 Oct (the worked Saturday), 11 Oct (Mon).
        assertThat(calendar.current().addWorkingDays(start, 5, DayCounting.START_DAY_EXCLUDED))
                .isEqualTo(new Deadline(LocalDate.of(2027, 10, 11), false));
        assertThat(calendar.current().lastAnnouncedYear()).isEqualTo(2027);
        assertThat(ledger.latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("calendar-year-replace");
            assertThat(e.actor()).isEqualTo("system.admin");
        });
        String csv = mvc.perform(get("/workspace/calendar/2027.csv").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(NOTICE_2027);
    }

    @Test
    void aWrongFileChangesNothingAndSaysWhatIsWrong() throws Exception {
        MockHttpSession admin = login("system.admin");
        int before = calendar.current().notices().size();

        mvc.perform(post("/workspace/calendar/years").param("year", "2028").param("csv", """
                date,kind,holiday,notice_year
                2028-01-01,off,元旦,2028
                2028-13-01,off,春节,2028
                """).session(admin).with(csrf())).andExpect(flash().attribute("problem",
                org.hamcrest.Matchers.containsString("粘贴的内容 第 3 行第 1 列：日期“2028-13-01”无效")));
        mvc.perform(post("/workspace/calendar/years").param("year", "2028").param("csv", """
                date,kind,holiday,notice_year
                2028-01-01,off,元旦,2029
                2027-06-01,off,端午节,2028
                """).session(admin).with(csrf())).andExpect(flash().attribute("problem", """
                粘贴的内容 有误，未保存：
                2028-01-01 的 notice_year 是 2029，与所选的 2028 年不符"""));
        mvc.perform(post("/workspace/calendar/years").param("year", "2028").param("csv", """
                date,kind,holiday,notice_year
                2028-01-04,work,元旦,2028
                """).session(admin).with(csrf())).andExpect(flash().attribute("problem",
                org.hamcrest.Matchers.containsString("第 2 行第 2 列：2028-01-04 是工作日（星期二），调休上班日应为周六或周日")));
        mvc.perform(post("/workspace/calendar/years").param("year", "二〇二八").param("csv", "x").session(admin)
                .with(csrf())).andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("年份“二〇二八”不是数字")));

        assertThat(calendar.current().notices()).hasSize(before);
    }

    @Test
    void onlyTheSystemAdministratorKeepsTheCalendar() throws Exception {
        for (String user : new String[] {"puwei.admin", "security.admin", "county.supervisor"}) {
            MockHttpSession session = login(user);
            mvc.perform(get("/workspace/calendar").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/workspace/calendar/years").param("year", "2027").param("csv", NOTICE_2027)
                    .session(session).with(csrf())).andExpect(status().isForbidden());
        }
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
