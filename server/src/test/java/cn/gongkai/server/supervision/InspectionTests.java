package cn.gongkai.server.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.report.model.Section;
import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.annualreport.AnnualReportService;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.request.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The 整改台账: the supervisor records what an inspection of 普威镇's portal found, the township rectifies,
 * the supervisor sends it back once and then accepts it; other organs can neither see nor touch it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:inspection-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class InspectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    Ledger ledger;

    @Autowired
    AnnualReportService reports;

    @Test
    void aFindingIsRectifiedSentBackRectifiedAgainAndAccepted() throws Exception {
        clock.set(LocalDate.of(2025, 9, 15));
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        mvc.perform(post("/workspace/inspections").param("organ", "puwei").param("category", "IMAGE_NOT_SHOWN")
                .param("description", "“图片展示”栏目第3条图片不显示").param("location", "/portal/puwei").session(supervisor)
                .with(csrf())).andExpect(flash().attribute("done", "已记录问题 JC2025-0001，已通知被检查机关整改。"));
        // 15 working days from Monday 15 Sep 2025: 16–19, 22–26, Sunday 28 Sep (make-up), 29, 30, then
        // 1–8 Oct off, 9, 10 and Saturday 11 Oct (make-up): 11 Oct.
        Document list = page(get("/workspace/inspections").session(supervisor));
        assertThat(list.select("#finding-JC2025-0001 td").eachText()).containsSubsequence("米易县普威镇人民政府", "2025-09-15",
                "图片不显示：“图片展示”栏目第3条图片不显示 （/portal/puwei）", "2025-10-11", "待整改");

        // Not the township's drafter, not another township's administrator, not the supervisor.
        assertThat(page(get("/workspace/inspections").session(DemoLogin.session(mvc, "gaoping.admin"))).text())
                .contains("没有检查记录").doesNotContain("图片不显示");
        long id = Long.parseLong(list.select("#finding-JC2025-0001").attr("data-id"));
        for (String other : new String[] {"gaoping.admin", "puwei.drafter", "county.supervisor"}) {
            mvc.perform(post("/workspace/inspections/" + id + "/rectify").param("rectification", "已处理")
                    .session(DemoLogin.session(mvc, other)).with(csrf()))
                    .andExpect(flash().attribute("problem", "只有被检查机关的管理员可以填写整改情况"));
        }
        mvc.perform(post("/workspace/inspections").param("organ", "gaoping").param("category", "OTHER").param("description", "x")
                .session(DemoLogin.session(mvc, "puwei.admin")).with(csrf()))
                .andExpect(flash().attribute("problem", "只有县政务公开办（监督）可以记录和验收检查问题"));

        MockHttpSession puwei = DemoLogin.session(mvc, "puwei.admin");
        clock.set(LocalDate.of(2025, 9, 18));
        mvc.perform(post("/workspace/inspections/" + id + "/rectify").param("rectification", "已重新上传图片").session(puwei)
                .with(csrf())).andExpect(flash().attribute("done", "已提交整改情况，等待县政务公开办确认。"));
        mvc.perform(post("/workspace/inspections/" + id + "/reopen").param("comment", "第5条图片仍不显示").session(supervisor)
                .with(csrf())).andExpect(flash().attribute("done", "已退回机关重新整改。"));
        assertThat(page(get("/workspace/inspections").session(puwei)).select("#finding-JC2025-0001").text())
                .contains("待整改").contains("退回意见：第5条图片仍不显示");
        mvc.perform(post("/workspace/inspections/" + id + "/confirm").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("problem", "机关尚未填写整改情况，不能确认"));
        clock.set(LocalDate.of(2025, 9, 22));
        mvc.perform(post("/workspace/inspections/" + id + "/rectify").param("rectification", "两条图片均已重新上传并核对显示")
                .session(puwei).with(csrf())).andExpect(flash().attribute("done", "已提交整改情况，等待县政务公开办确认。"));
        mvc.perform(post("/workspace/inspections/" + id + "/confirm").session(supervisor).with(csrf()))
                .andExpect(flash().attribute("done", "已确认整改完成。"));

        assertThat(page(get("/workspace/inspections").session(puwei)).select("#finding-JC2025-0001 .status").text())
                .isEqualTo("整改完成");
        String csv = mvc.perform(get("/workspace/inspections.csv").session(supervisor)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF编号,机关,检查日期").contains("JC2025-0001,米易县普威镇人民政府,2025-09-15,图片不显示,")
                .contains(",整改完成,两条图片均已重新上传并核对显示,2025-09-22,puwei.admin,第5条图片仍不显示,2025-09-22,county.supervisor");
        // The ledger keeps every step, the first rectification too.
        assertThat(ledger.forSubject("inspection", "JC2025-0001")).extracting(e -> e.action()).containsExactly(
                "inspection-record", "inspection-rectify", "inspection-reopen", "inspection-rectify", "inspection-confirm");
        // Section 一 of the township's 2025 report counts it.
        StaffUser admin = new StaffUser(0, "puwei.admin", "", 11, EnumSet.of(Role.ORGAN_ADMIN), "", true, false);
        assertThat(reports.compile(admin, 11, 2025).result().report().sectionText(Section.OVERVIEW))
                .contains("监督检查发现问题1个，已整改1个。");
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
