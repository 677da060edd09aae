package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.request.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Import as historical report" (issue 11): only years before the current report year, error-level
 * diagnostics only when confirmed, and through the organ's review chain (three steps in the demo
 * townships) before the portal shows it, with the report's own publication date.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:history-import-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
@Import(TestClock.Config.class)
class HistoricalImportTests {

    private static final Path SEEDS = Path.of("../report-core/src/test/resources/seeds");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportPublication publication;

    @Autowired
    TestClock clock;

    private final ReportChecker checker = ReportChecker.builder().build();

    @BeforeEach
    void today() {
        // On 2026-12-01 the current report year is 2025 (the year before): 2025 is compiled, 2024 may be imported.
        clock.set(LocalDate.of(2026, 12, 1));
    }

    @Test
    void theCurrentReportYearIsNotImported() throws Exception {
        CheckResult puwei2025 = checker.check(SEEDS.resolve("000.txt"));
        assertThat(puwei2025.report().year()).isEqualTo(2025);
        assertThatThrownBy(() -> publication.importHistorical(user("puwei.admin"), puwei2025, true))
                .hasMessage("只能导入 2025 年以前的历史年报；2025 年的年报请在平台上编制，经审核流程发布");
    }

    @Test
    void anImportedReportIsPublishedOnlyAfterTheWholeReviewChainWithItsOwnDate() throws Exception {
        CheckResult binggu2024 = checker.check(SEEDS.resolve("004.txt"));
        ReportVersion v = publication.importHistorical(user("binggu.admin"), binggu2024, false);
        assertThat(v.status()).isEqualTo(ReportVersion.Status.IN_REVIEW);
        assertThat(portalReports("binggu")).isEmpty();

        // The importing administrator holds no reviewer role: no buttons for her; the first reviewer has them.
        assertThat(page("binggu.admin", 2024).select("form[action$=/annual-report/approve]")).isEmpty();
        assertThat(page("binggu.reviewer1", 2024).select("form[action$=/annual-report/approve]")).hasSize(1);
        for (String reviewer : new String[] {"binggu.reviewer1", "binggu.reviewer2"}) {
            approve(reviewer).andExpect(flash().attribute("done", "审核通过。"));
            assertThat(portalReports("binggu")).isEmpty();
        }
        approve("binggu.reviewer3").andExpect(flash().attribute("done", "审核通过，年报已发布到“政府信息公开年报”栏目。"));
        assertThat(portalReports("binggu")).containsExactly("米易县丙谷镇人民政府2024年政府信息公开工作年度报告");
        ReportVersion done = publication.versions(user("binggu.admin"), 2024).getFirst();
        assertThat(done.status()).isEqualTo(ReportVersion.Status.IMPORTED);
        // 004.txt states 2025年1月15日 as its publication date (read by hand from the seed), not today.
        assertThat(done.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
    }

    @Test
    void aReportWithErrorsNeedsConfirmationAndReviewersSeeItsDiagnostics() throws Exception {
        CheckResult baipo2024 = checker.check(SEEDS.resolve("002.txt"));
        List<Diagnostic> withError = new ArrayList<>(baipo2024.diagnostics());
        withError.add(Diagnostic.error("T3-BALANCE", "表三第一列合计与各项之和不等", Location.line(40)));
        CheckResult damaged = new CheckResult(baipo2024.report(), withError);
        assertThatThrownBy(() -> publication.importHistorical(user("baipo.admin"), damaged, false))
                .hasMessage("报告有 1 条错误级问题：请打开核对结果逐条阅读，确认报告当年即按此发布后，勾选“已阅读错误”再导入");
        publication.importHistorical(user("baipo.admin"), damaged, true);
        Document page = page("baipo.reviewer1", 2024);
        assertThat(page.select("#imported-diagnostics li").eachText()).contains("错误：表三第一列合计与各项之和不等");
        assertThat(portalReports("baipo")).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions approve(String reviewer) throws Exception {
        return mvc.perform(post("/workspace/annual-report/approve").param("year", "2024").session(login(reviewer)).with(csrf()));
    }

    private Document page(String username, int year) throws Exception {
        return Jsoup.parse(mvc.perform(get("/workspace/annual-report").param("year", Integer.toString(year))
                .session(login(username))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private List<String> portalReports(String organ) throws Exception {
        return Jsoup.parse(mvc.perform(get("/portal/" + organ + "/reports")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select(".item-list a").eachText();
    }

    private StaffUser user(String username) throws Exception {
        SecurityContext context = (SecurityContext) login(username).getAttribute("SPRING_SECURITY_CONTEXT");
        return (StaffUser) context.getAuthentication().getPrincipal();
    }

    private MockHttpSession login(String username) throws Exception {
        return DemoLogin.session(mvc, username);
    }
}
