package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff pages of the alive demo county, each as the role that uses it sees it: no English or
 * developer words ({@link LatinWords}), and every box that scrolls can be reached by the keyboard. Same
 * context as {@link DemoCountyTests} (same properties), so the demo county is written once for both.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-county-test;DB_CLOSE_DELAY=-1",
        "gongkai.demo.activity=true"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaffPageTextTests {

    @Autowired
    MockMvc mvc;

    /** Each account and the pages its role works on (the main staff pages of the issue and the rest). */
    static final Map<String, List<String>> PAGES = Map.of(
            "xiaopu.drafter", List.of("/workspace", "/workspace/items", "/workspace/items/new", "/workspace/requests",
                    "/workspace/requests/new", "/workspace/feedback", "/workspace/password"),
            "xiaopu.reviewer1", List.of("/workspace", "/workspace/items"),
            "xiaopu.admin", List.of("/workspace", "/workspace/annual-report", "/workspace/guide", "/workspace/catalog",
                    "/workspace/review-chain", "/workspace/letter-templates", "/workspace/overdue", "/workspace/staff",
                    "/workspace/requests/overdue", "/workspace/organs/xiaopu"),
            "county.supervisor", List.of("/workspace", "/workspace/annual-report/county", "/workspace/assessment",
                    "/workspace/inspections", "/workspace/feedback", "/workspace/batch-check", "/workspace/word-lists"),
            // The ledger: every kind of entry the demo county wrote, each through the page's choice of 操作 (below).
            "audit.admin", List.of("/workspace", "/workspace/ledger"),
            "security.admin", List.of("/workspace", "/workspace/accounts"),
            "system.admin", List.of("/workspace", "/workspace/calendar"));

    @Test
    void staffPagesShowNoEnglishOrDeveloperText() throws Exception {
        Map<String, Set<String>> found = new TreeMap<>();
        for (var account : PAGES.entrySet()) {
            MockHttpSession session = DemoLogin.session(mvc, account.getKey());
            List<String> paths = new java.util.ArrayList<>(account.getValue());
            if (account.getKey().equals("xiaopu.drafter")) {
                paths.add(firstLink(session, "/workspace/items", "/workspace/items/\\d+")); // an item, its history
                paths.add(firstLink(session, "/workspace/requests", "/workspace/requests/\\d+")); // a request case
            }
            if (account.getKey().equals("audit.admin")) {
                List<String> kinds = page(session, "/workspace/ledger").select("select[name=action] option[value~=.]")
                        .eachAttr("value");
                // The demo county writes items, reviews, attachments, requests and their decisions, reports,
                // catalogs, complaints, inspections, assessments and the sign-ins of this test: each a kind.
                if (kinds.size() < 20 || !kinds.containsAll(List.of("publish", "annual-report-save", "request-decision-draft",
                        "catalog-areas", "login"))) {
                    found.computeIfAbsent("（台账页不能按操作选择演示县的各类记录）", k -> new TreeSet<>()).add(kinds.toString());
                }
                kinds.forEach(k -> paths.add("/workspace/ledger?action=" + k));
            }
            for (String path : paths) {
                Document d = page(session, path);
                for (String word : LatinWords.in(d)) {
                    found.computeIfAbsent(word, k -> new TreeSet<>()).add(account.getKey() + " " + path);
                }
                for (Element box : d.select(".scroll, .table-scroll")) {
                    if (!"0".equals(box.attr("tabindex")) || box.attr("aria-label").isBlank()) {
                        found.computeIfAbsent("（滚动区域不能用键盘到达或没有名称）", k -> new TreeSet<>())
                                .add(account.getKey() + " " + path);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private String firstLink(MockHttpSession session, String list, String pattern) throws Exception {
        return page(session, list).select("a[href]").eachAttr("href").stream().filter(h -> h.matches(pattern))
                .findFirst().orElseThrow(() -> new AssertionError(list + " 中没有 " + pattern + " 的链接"));
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        var r = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }
}
