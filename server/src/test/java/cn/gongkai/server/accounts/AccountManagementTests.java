package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Accounts by the security administrator (issue 16): create with a temporary password that must be changed
 * before anything else, reset, unlock, and the organ administrator's change requests; every change in the ledger.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:account-management-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class AccountManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Ledger ledger;

    @Test
    void aNewAccountSignsInWithItsTemporaryPasswordAndMustChangeItFirst() throws Exception {
        MockHttpSession security = DemoLogin.session(mvc, "security.admin");
        MvcResult created = mvc.perform(post("/workspace/accounts").param("username", "Miyi.Zhangsan ")
                .param("displayName", "张三").param("organ", "2").param("roles", "DRAFTER").session(security).with(csrf()))
                .andExpect(flash().attribute("done", "已新建账号 miyi.zhangsan。")).andReturn();
        String temporary = (String) created.getFlashMap().get("temporaryPassword");
        assertThat(temporary).matches("([A-Za-z0-9]{4}-){3}[A-Za-z0-9]{4}");

        MockHttpSession me = (MockHttpSession) login("miyi.zhangsan", temporary, "192.0.2.7")
                .andExpect(redirectedUrl("/workspace")).andReturn().getRequest().getSession();
        // every page but the password form leads to it
        for (String page : new String[] {"/workspace", "/workspace/items", "/workspace/overdue"}) {
            mvc.perform(get(page).session(me)).andExpect(redirectedUrl("/workspace/password?required"));
        }
        mvc.perform(get("/workspace/password").session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("您正在使用安全管理员给的临时密码")));
        mvc.perform(post("/workspace/password").param("current", temporary).param("replacement", "Anning-He-2027!")
                .session(me).with(csrf())).andExpect(flash().attribute("done", containsString("密码已修改")));
        mvc.perform(get("/workspace").session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("米易县教育和体育局")));

        assertThat(ledger.forSubject("account", "miyi.zhangsan")).extracting(LedgerEntry::action)
                .contains("account-create", "password-change");
        assertThat(ledger.forSubject("account", "miyi.zhangsan")).filteredOn(e -> e.action().equals("account-create"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("security.admin");
                    assertThat(e.after()).isEqualTo("[DRAFTER]");
                });
    }

    @Test
    void whatANewAccountMayNotBe() throws Exception {
        MockHttpSession security = DemoLogin.session(mvc, "security.admin");
        create(security, "puwei.drafter", "重名", "11", "DRAFTER").andExpect(flash().attribute("problem",
                "用户名 puwei.drafter 已有账号，请另选一个"));
        create(security, "张三", "张三", "11", "DRAFTER").andExpect(flash().attribute("problem",
                "用户名须为 3 到 64 位小写字母、数字、点或连字符，以字母开头，例如 miyi.zhangsan"));
        create(security, "miyi.sysadmin2", "二号", "1", "SYSTEM_ADMIN").andExpect(flash().attribute("problem",
                "系统、安全、审计管理员（三员）角色不能在平台上授予"));
        create(security, "miyi.noorgan", "无机关", "0", "DRAFTER").andExpect(flash().attribute("problem", "请选择所属机关"));
        // only the security administrator creates
        mvc.perform(post("/workspace/accounts").param("username", "miyi.x").param("displayName", "x").param("organ", "1")
                .session(DemoLogin.session(mvc, "puwei.admin")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aResetEndsTheSessionsAndTheOldPasswordAndForcesAChange() throws Exception {
        MockHttpSession old = DemoLogin.session(mvc, "gaoping.reviewer1");
        MockHttpSession security = DemoLogin.session(mvc, "security.admin");
        String temporary = (String) mvc.perform(post("/workspace/accounts/gaoping.reviewer1/reset").session(security)
                .with(csrf())).andExpect(flash().attribute("done", "已重置 gaoping.reviewer1 的密码，其登录已失效、锁定已解除。"))
                .andReturn().getFlashMap().get("temporaryPassword");
        mvc.perform(get("/workspace").session(old)).andExpect(redirectedUrl("/login?expired"));
        login("gaoping.reviewer1", DemoLogin.PASSWORD, "192.0.2.8").andExpect(redirectedUrl("/login?error"));
        MockHttpSession me = (MockHttpSession) login("gaoping.reviewer1", temporary, "192.0.2.8")
                .andExpect(redirectedUrl("/workspace")).andReturn().getRequest().getSession();
        mvc.perform(get("/workspace/items").session(me)).andExpect(redirectedUrl("/workspace/password?required"));
        mvc.perform(post("/workspace/accounts/security.admin/reset").session(security).with(csrf()))
                .andExpect(flash().attribute("problem", "不能重置自己的密码，请在“修改密码”中修改"));
        assertThat(ledger.forSubject("account", "gaoping.reviewer1")).extracting(LedgerEntry::action).contains("password-reset");
    }

    @Test
    void aLockedSignInNamesWhoUnlocksAndTheSecurityAdministratorUnlocksIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("baipo.drafter", "wrong-" + i, "192.0.2.50").andExpect(redirectedUrl("/login?error"));
        }
        login("baipo.drafter", DemoLogin.PASSWORD, "192.0.2.50").andExpect(redirectedUrl("/login?locked"));
        // The demo's security administrator is security.admin of 米易县人民政府 (DemoData), lock 15 minutes (application.yml).
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString(
                "账号因多次输错密码已临时锁定，请 15 分钟后再试，或联系米易县人民政府的安全管理员（账号 security.admin）解除锁定。")))
                .andExpect(content().string(not(containsString("本机关管理员"))));

        MockHttpSession security = DemoLogin.session(mvc, "security.admin");
        mvc.perform(get("/workspace/accounts").session(security)).andExpect(content().string(containsString("已锁定，至 ")));
        mvc.perform(post("/workspace/accounts/baipo.drafter/unlock").session(security).with(csrf()))
                .andExpect(flash().attribute("done", "已解除 baipo.drafter 的登录锁定。"));
        login("baipo.drafter", DemoLogin.PASSWORD, "192.0.2.50").andExpect(redirectedUrl("/workspace"));
        mvc.perform(post("/workspace/accounts/baipo.drafter/unlock").session(security).with(csrf()))
                .andExpect(flash().attribute("problem", "baipo.drafter 现在没有被锁定"));
        assertThat(ledger.forSubject("account", "baipo.drafter")).extracting(LedgerEntry::action).contains("account-unlock");
    }

    @Test
    void theOrganAdministratorSeesHisStaffAndAsksTheSecurityAdministrator() throws Exception {
        MockHttpSession organAdmin = DemoLogin.session(mvc, "xiaopu.admin");
        mvc.perform(get("/workspace/staff").session(organAdmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("xiaopu.reviewer2")))
                .andExpect(content().string(not(containsString("puwei.drafter"))))
                .andExpect(content().string(not(containsString("security.admin<"))));
        ask(organAdmin, "DISABLE", "xiaopu.reviewer2", null).andExpect(flash().attribute("done", "申请已提交安全管理员办理。"));
        ask(organAdmin, "CREATE", "xiaopu.lisi", "李四").andExpect(flash().attribute("done", "申请已提交安全管理员办理。"));
        ask(organAdmin, "ROLES", "xiaopu.admin", null).andExpect(flash().attribute("problem", "不能为自己的账号提出变更申请"));
        ask(organAdmin, "DISABLE", "puwei.drafter", null).andExpect(flash().attribute("problem", "本机关没有账号 puwei.drafter"));
        ask(organAdmin, "ROLES", "system.admin", null).andExpect(flash().attribute("problem", "本机关没有账号 system.admin"));
        mvc.perform(post("/workspace/accounts/xiaopu.reviewer2/enabled").param("enabled", "false").session(organAdmin)
                .with(csrf())).andExpect(status().isForbidden());

        MockHttpSession security = DemoLogin.session(mvc, "security.admin");
        mvc.perform(get("/workspace/accounts").session(security))
                .andExpect(content().string(containsString("2</span> 件待办理")));
        var pending = mvc.perform(get("/workspace/accounts").session(security)).andReturn().getModelAndView().getModel()
                .get("requests");
        @SuppressWarnings("unchecked")
        var requests = (java.util.List<AccountRequest>) pending;
        long disable = requests.stream().filter(r -> r.kind() == AccountRequest.Kind.DISABLE).findFirst().orElseThrow().id();
        long create = requests.stream().filter(r -> r.kind() == AccountRequest.Kind.CREATE).findFirst().orElseThrow().id();

        MockHttpSession reviewer2 = DemoLogin.session(mvc, "xiaopu.reviewer2");
        mvc.perform(post("/workspace/accounts/requests/" + disable + "/carry-out").session(security).with(csrf()))
                .andExpect(flash().attribute("done", "已按申请办理。"));
        mvc.perform(get("/workspace").session(reviewer2)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/workspace/accounts/requests/" + disable + "/carry-out").session(security).with(csrf()))
                .andExpect(flash().attribute("problem", "这项申请不存在或已经办理过"));
        mvc.perform(post("/workspace/accounts/requests/" + create + "/refuse").param("reason", "").session(security)
                .with(csrf())).andExpect(flash().attribute("problem", "请写明不予办理的理由（最多 500 字）"));
        mvc.perform(post("/workspace/accounts/requests/" + create + "/refuse").param("reason", "请用实名拼音作用户名")
                .session(security).with(csrf())).andExpect(flash().attribute("done", "已答复不予办理。"));

        mvc.perform(get("/workspace/staff").session(organAdmin))
                .andExpect(content().string(containsString("已停用")))
                .andExpect(content().string(containsString("不予办理（security.admin，")))
                .andExpect(content().string(containsString("：请用实名拼音作用户名")));
        assertThat(ledger.forSubject("account", "xiaopu.reviewer2")).extracting(LedgerEntry::action).contains("account-disable");
        assertThat(ledger.forSubject("account-request", Long.toString(disable))).extracting(LedgerEntry::action)
                .containsExactly("account-request-file", "account-request-done");
    }

    private ResultActions ask(MockHttpSession session, String kind, String username, String name) throws Exception {
        var request = post("/workspace/staff/requests").param("kind", kind).param("username", username)
                .param("note", "调岗").session(session).with(csrf());
        if (name != null) {
            request.param("displayName", name).param("roles", "DRAFTER");
        }
        return mvc.perform(request);
    }

    private ResultActions create(MockHttpSession session, String username, String name, String organ, String role)
            throws Exception {
        return mvc.perform(post("/workspace/accounts").param("username", username).param("displayName", name)
                .param("organ", organ).param("roles", role).session(session).with(csrf()));
    }

    private ResultActions login(String name, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }));
    }
}
