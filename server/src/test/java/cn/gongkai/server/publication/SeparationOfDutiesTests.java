package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.ledger.LedgerEntry;
import cn.gongkai.server.organs.Organs;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 职责分离 in the publishing chain (issue 11): one person holding the drafter and every reviewer role
 * cannot publish alone, the drafter never approves her own item, one reviewer approves at most one step
 * unless the organ allows a single reviewer, and then the record says so. Each test uses its own
 * township so their review chains (three steps in the demo townships) do not meet.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:duties-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SeparationOfDutiesTests {

    private static final String REFUSED_DRAFTER = "您参与撰写了这一版本，不能审核自己撰写的内容（职责分离），请由本机关其他审核人审核";
    private static final String REFUSED_SECOND_STEP = "您已审核通过这一版本的其他步骤，同一人只能审核其中一步（职责分离），请由本机关其他审核人审核";
    private static final String CONFIDENTIALITY = "经审查不涉及国家秘密，可以公开";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Organs organs;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Ledger ledger;

    @Test
    void onePersonWithTheDrafterAndAllReviewerRolesCannotPublishAlone() throws Exception {
        MockHttpSession all = account(9101, "puwei.everything", "puwei", Role.DRAFTER, Role.FIRST_REVIEWER,
                Role.SECOND_REVIEWER, Role.FINAL_REVIEWER);
        long id = createAndSubmit(all, "普威镇独自发布的尝试");
        // The buttons are not shown to her, and the server refuses the step when posted anyway.
        mvc.perform(get("/workspace/items/" + id).session(all)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("审核通过</button>"))));
        approve(all, id, 1).andExpect(flash().attribute("problem", REFUSED_DRAFTER));
        mvc.perform(post("/workspace/items/" + id + "/return").param("comment", "自己退回").session(all).with(csrf()))
                .andExpect(flash().attribute("problem", REFUSED_DRAFTER));
        mvc.perform(get("/portal/puwei")).andExpect(content().string(not(containsString("普威镇独自发布的尝试"))));
        // The three real reviewers can still publish it.
        approve(login("puwei.reviewer1"), id, 1).andExpect(flash().attribute("done", "审核通过。"));
        approve(login("puwei.reviewer2"), id, 2).andExpect(flash().attribute("done", "审核通过。"));
        approve(login("puwei.reviewer3"), id, 3).andExpect(flash().attribute("done", "审核通过。"));
        mvc.perform(get("/portal/puwei")).andExpect(content().string(containsString("普威镇独自发布的尝试")));
    }

    @Test
    void aDrafterWhoIsAlsoFirstReviewerReviewsOthersButNotHerOwnItem() throws Exception {
        MockHttpSession both = account(9102, "xiaopu.both", "xiaopu", Role.DRAFTER, Role.FIRST_REVIEWER);
        long own = createAndSubmit(both, "小铺镇自己的稿件");
        approve(both, own, 1).andExpect(flash().attribute("problem", REFUSED_DRAFTER));
        long others = createAndSubmit(login("xiaopu.drafter"), "小铺镇别人的稿件");
        mvc.perform(get("/workspace/items/" + others).session(both)).andExpect(content().string(containsString("审核通过</button>")));
        approve(both, others, 1).andExpect(flash().attribute("done", "审核通过。"));
    }

    @Test
    void oneReviewerApprovesOneStepUnlessTheOrganAllowsASingleReviewerAndThenItIsRecorded() throws Exception {
        MockHttpSession two = account(9103, "baipo.two", "baipo", Role.FIRST_REVIEWER, Role.SECOND_REVIEWER);
        long id = createAndSubmit(login("baipo.drafter"), "白坡彝族乡通知");
        approve(two, id, 1).andExpect(flash().attribute("done", "审核通过。"));
        mvc.perform(get("/workspace/items/" + id).session(two)).andExpect(content().string(not(containsString("审核通过</button>"))));
        approve(two, id, 2).andExpect(flash().attribute("problem", REFUSED_SECOND_STEP));

        // The organ administrator of a tiny organ allows one reviewer for all steps: ledgered.
        mvc.perform(post("/workspace/review-chain/single-reviewer").param("allowed", "true").session(login("baipo.admin"))
                .with(csrf())).andExpect(flash().attribute("done", "已允许同一审核人审核全部步骤；每次这样的审核都记入台账。"));
        approve(two, id, 2).andExpect(flash().attribute("done", "审核通过。"));
        assertThat(ledger.forSubject("item", Long.toString(id))).extracting(LedgerEntry::action)
                .contains("single-reviewer-approve");
        mvc.perform(get("/workspace/items/" + id).session(two))
                .andExpect(content().string(containsString("；意见：单人审核（本机关设置允许同一人审核多步）")));
        // Even then the drafter may not review her own item.
        MockHttpSession drafterReviewer = account(9104, "baipo.both", "baipo", Role.DRAFTER, Role.FINAL_REVIEWER);
        long own = createAndSubmit(drafterReviewer, "白坡彝族乡自审稿件");
        approve(login("baipo.reviewer1"), own, 1).andExpect(flash().attribute("done", "审核通过。"));
        approve(login("baipo.reviewer2"), own, 2).andExpect(flash().attribute("done", "审核通过。"));
        approve(drafterReviewer, own, 3).andExpect(flash().attribute("problem", REFUSED_DRAFTER));
    }

    private org.springframework.test.web.servlet.ResultActions approve(MockHttpSession session, long id, int step)
            throws Exception {
        var request = post("/workspace/items/" + id + "/approve").session(session).with(csrf());
        return mvc.perform(step == 1 ? request.param("confidentiality", CONFIDENTIALITY) : request);
    }

    private long createAndSubmit(MockHttpSession drafter, String title) throws Exception {
        String location = mvc.perform(post("/workspace/items").param("title", title).param("kind", "WORK_NEWS")
                        .param("body", "<p>正文</p>").param("writtenOn", "2026-03-01").session(drafter).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/workspace/items/" + id + "/submit").session(drafter).with(csrf()))
                .andExpect(flash().attribute("done", "已提交审核。"));
        return id;
    }

    private MockHttpSession account(long id, String username, String organ, Role... roles) throws Exception {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(java.util.List.of(roles));
        accounts.add(new Account(id, username, username, organs.byCode(organ).orElseThrow().id(), true, 0, null, set),
                encoder.encode(DemoLogin.PASSWORD), OffsetDateTime.now());
        return login(username);
    }

    private MockHttpSession login(String username) throws Exception {
        return DemoLogin.session(mvc, username);
    }
}
