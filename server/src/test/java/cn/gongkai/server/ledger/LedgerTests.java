package cn.gongkai.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The ledger keeps every action in one chain and is for the audit administrator (tampering: LedgerTamperTests). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ledger-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LedgerTests {

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void concurrentAppendsFormOneIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    ledger.record(new Action("tester" + thread, 11L, "edit", "item", "item-" + i, "{\"v\":" + i + "}",
                            "{\"v\":" + (i + 1) + "}"));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Ledger.Verification v = ledger.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(200);
        assertThat(ledger.forSubject("item", "item-7")).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(e -> assertThat(e.after()).isEqualTo("{\"v\":8}"));
    }

    @Test
    void loginsAndFailedLoginsAreRecordedWithoutPasswords() throws Exception {
        mvc.perform(formLogin().user("puwei.admin").password("not-the-password"));
        mvc.perform(formLogin().user("puwei.admin").password("Gongkai-Demo-2026"));
        List<LedgerEntry> entries = ledger.forSubject("account", "puwei.admin");
        assertThat(entries).extracting(LedgerEntry::action).containsSubsequence("login-failed", "login");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.after())).doesNotContain("not-the-password"));
    }

    @Test
    void onlyTheAuditAdministratorSeesTheLedger() throws Exception {
        MockHttpSession audit = login("audit.admin");
        mvc.perform(get("/workspace/ledger").session(audit)).andExpect(status().isOk())
                .andExpect(content().string(containsString("哈希链完整")));
        mvc.perform(get("/workspace/ledger.csv").session(audit)).andExpect(status().isOk())
                .andExpect(content().string(containsString("序号,时间（北京时间）,操作人,机关,操作,对象,变更内容,其他校验值,本条校验值,前一条校验值")));
        for (String other : new String[] {"puwei.admin", "county.supervisor", "system.admin"}) {
            mvc.perform(get("/workspace/ledger").session(login(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theAuditPagesAreInChineseAndNameTheObject() throws Exception {
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/workspace/items")
                .param("title", "台账测试通知").param("kind", "WORK_NEWS").param("body", "正文").session(login("puwei.drafter"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        var item = java.util.Map.of("TITLE", "台账测试通知");
        ledger.record(new Action("tester", null, "text-check-override", "item", id, null, "{\"reason\":\"引用原文\"}"));
        MockHttpSession audit = login("audit.admin");
        String page = mvc.perform(get("/workspace/ledger").session(audit)).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/workspace/ledger.csv").session(audit)).andReturn().getResponse().getContentAsString();
        for (String code : LedgerNames.ACTIONS.keySet()) {
            assertThat(page).as("page shows " + code).doesNotContain("<td>" + code + "</td>");
            assertThat(csv).as("CSV shows " + code).doesNotContain("," + code + ",");
        }
        assertThat(page).contains("<td>文字检查提示确认后保留</td>").contains("理由：引用原文")
                .contains("<a href=\"/workspace/items/" + id + "\">信息《" + item.get("TITLE") + "》</a>");
        assertThat(csv).contains(",文字检查提示确认后保留,信息《" + item.get("TITLE") + "》,理由：引用原文,");
    }

    /**
     * Every kind of entry the administrators' pages write (done here through those pages), and the forms that
     * older entries were stored in (records as Java printed them, "item 4", a lock's end as UTC): each shown
     * on the audit page, chosen by its 操作, and in the CSV without an English or developer word.
     */
    @Test
    void everyKindOfEntryIsShownInChinese() throws Exception {
        long mark = jdbc.sql("SELECT coalesce(max(id), 0) FROM ledger_entry").query(Long.class).single();
        mvc.perform(formLogin().user("puwei.admin").password("not-the-password"));
        MockHttpSession admin = login("puwei.admin");
        post(admin, "/workspace/guide", "officeName", "普威镇党政办公室", "phone", "0812-8100001", "email", "puwei@example.gov.cn");
        post(admin, "/workspace/review-chain", "step", "FIRST_REVIEWER", "step", "FINAL_REVIEWER");
        post(admin, "/workspace/review-chain/single-reviewer", "allowed", "true");
        post(admin, "/workspace/letter-templates/REPLY", "body", "", "reset", "true");
        post(login("county.supervisor"), "/workspace/word-lists", "kind", "MISTAKE", "word", "帐户", "suggestion", "账户");
        MockHttpSession security = login("security.admin");
        post(security, "/workspace/accounts", "username", "puwei.clerk", "displayName", "普威镇 文书", "organ", "11",
                "roles", "DRAFTER");
        post(security, "/workspace/accounts/puwei.clerk/roles", "roles", "DRAFTER", "roles", "FIRST_REVIEWER");
        post(security, "/workspace/accounts/puwei.clerk/enabled", "enabled", "false");
        // Older stored forms, as the modules wrote them before they wrote JSON.
        ledger.record(new Action("puwei.drafter", 11L, "annual-report-save", "annual-report", "11-2025", null,
                "ReportInputs[rulesIssued=0, rulesRepealed=null, rulesInForce=0, licensing=0, penalty=0, coerciveMeasure=0, "
                        + "feesWanYuan=0, overview=本年度普威镇, problems=null, otherMatters=无]"));
        ledger.record(new Action("puwei.admin", 11L, "guide-change", "organ", "11", null, "OrganProfile[organId=11, "
                + "officeName=普威镇党政办公室, address=null, officeHours=null, phone=null, fax=null, email=null, "
                + "updatedOn=2026-01-01, guideNote=null]"));
        ledger.record(new Action("puwei.drafter", 11L, "request-to-proactive", "request", "puwei-2025-0001", null, "item 4"));
        ledger.record(new Action("puwei.drafter", 11L, "request-decision-draft", "request", "puwei-2025-0001", "OPEN",
                "DECISION_IN_REVIEW PARTIALLY_GRANTED 日期 2025-03-01"));
        ledger.record(new Action("puwei.reviewer1", 11L, "request-decision-return", "request", "puwei-2025-0001",
                "WITHHELD_STATE_SECRET", "请补充依据"));
        ledger.record(new Action("puwei.drafter", 11L, "identity-proof-upload", "request", "puwei-2025-0001", null,
                "image/jpeg 20480 字节"));
        ledger.record(new Action("puwei.drafter", 11L, "validity-change", "item", "1", "IN_FORCE",
                "REPEALED 2025-06-01 米府发〔2025〕3号"));
        ledger.record(new Action("security.admin", 11L, "account-unlock", "account", "puwei.drafter",
                "2026-12-01T17:00Z", null));
        ledger.record(new Action("系统", null, "ledger-keyed-chain-start", "ledger", "chain", null, "{\"sha256Entries\":12}"));
        ledger.record(new Action("puwei.drafter", 11L, "text-check-override", "item", "1",
                "[{\"kind\":\"SENSITIVE\",\"field\":\"正文\",\"offset\":12}]", "{\"reason\":\"引用文件原文\"}"));
        ledger.record(new Action("puwei.drafter", 11L, "attach", "item", "1", null,
                "{\"attachment\":3,\"file\":\"通知.pdf\",\"bytes\":2048,\"sha256\":\"9f86d081884c7d65\"}"));

        MockHttpSession audit = login("audit.admin");
        Document page = page(audit, "/workspace/ledger");
        List<String> kinds = page.select("select[name=action] option[value~=.]").eachAttr("value");
        assertThat(kinds).contains("login-failed", "guide-change", "review-chain-change", "single-reviewer-setting",
                "letter-template-reset", "word-list-add", "account-create", "permission-change", "account-disable",
                "annual-report-save", "request-to-proactive", "account-unlock", "attach");
        java.util.Map<String, java.util.Set<String>> found = new java.util.TreeMap<>();
        for (String kind : kinds) {
            Document d = page(audit, "/workspace/ledger?action=" + kind);
            StringBuilder ours = new StringBuilder("<table>");
            for (Element row : d.select("tbody tr")) {
                if (Long.parseLong(row.child(0).text()) > mark && !row.child(2).text().startsWith("tester")) {
                    ours.append(row.outerHtml());
                }
            }
            for (String word : cn.gongkai.server.LatinWords.in(Jsoup.parse(ours + "</table>"))) {
                found.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add(kind);
            }
        }
        String csv = mvc.perform(get("/workspace/ledger.csv").session(audit)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (var r : org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1)))) {
            if (Long.parseLong(r.get(0)) > mark) {
                String shown = String.join(" ", r.get("时间（北京时间）"), r.get("机关"), r.get("操作"), r.get("对象"), r.get("变更内容"));
                for (String word : cn.gongkai.server.LatinWords.in(Jsoup.parse("<p>" + org.jsoup.nodes.Entities.escape(shown)))) {
                    found.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add("CSV " + r.get("操作"));
                }
            }
        }
        assertThat(found).isEmpty();
        // What the auditor reads, worked out by hand from the stored states above.
        assertThat(page(audit, "/workspace/ledger?action=permission-change").text()).contains("撰稿 → 撰稿、初审");
        assertThat(page(audit, "/workspace/ledger?action=account-unlock").text()).contains("2026-12-02 01:00:00");
        assertThat(page(audit, "/workspace/ledger?action=annual-report-save").text())
                .contains("行政强制 本年处理决定数量：0", "年度报告《米易县普威镇人民政府 2025 年度》");
        assertThat(page(audit, "/workspace/ledger?action=request-decision-draft").text())
                .contains("办理中 → 答复审核中 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 日期 2025-03-01");
        assertThat(page(audit, "/workspace/ledger?action=attach").select("td.digests code").eachText()).contains("9f86d081884c7d65");
    }

    private void post(MockHttpSession session, String path, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
