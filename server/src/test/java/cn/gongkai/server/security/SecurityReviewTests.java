package cn.gongkai.server.security;

import cn.gongkai.server.FormAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.gongkai.server.DemoLogin;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security review of the site, endpoint by endpoint: every form needs the CSRF token, every workspace
 * address needs a login, what anyone types comes back as text and never as markup, names and paths
 * cannot reach the file system, one organ's staff cannot reach another's records by changing a number,
 * and the logs hold no applicant's personal data. The endpoint lists come from the application's own
 * mappings, so a new endpoint is reviewed without anyone remembering to add it here.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:security-review;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SecurityReviewTests {

    static final String XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>\"><svg onload=alert(2)>";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFormRefusesAPostWithoutTheCsrfToken() throws Exception {
        List<String> posts = endpoints(RequestMethod.POST);
        assertThat(posts).as("the application's forms").hasSizeGreaterThan(40).contains("/apply/puwei", "/feedback/puwei", "/check");
        MockHttpSession staff = DemoLogin.session(mvc, "county.supervisor");
        for (String path : posts) {
            assertThat(mvc.perform(post(path)).andReturn().getResponse().getStatus()).as("anonymous POST " + path).isEqualTo(403);
            assertThat(mvc.perform(post(path).session(staff)).andReturn().getResponse().getStatus()).as("staff POST " + path)
                    .isEqualTo(403);
        }
    }

    @Test
    void everyWorkspaceAddressNeedsALogin() throws Exception {
        List<String> gets = endpoints(RequestMethod.GET).stream().filter(p -> p.startsWith("/workspace")).toList();
        List<String> posts = endpoints(RequestMethod.POST).stream().filter(p -> p.startsWith("/workspace")).toList();
        assertThat(gets).hasSizeGreaterThan(25);
        for (String path : gets) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as("GET " + path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as("GET " + path).isEqualTo("/login");
        }
        for (String path : posts) {
            MockHttpServletResponse r = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as("POST " + path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as("POST " + path).isEqualTo("/login");
        }
    }

    @Test
    void eachRoleReachesOnlyItsOwnPages() throws Exception {
        String[][] refused = {{"puwei.admin", "/workspace/calendar"}, {"county.supervisor", "/workspace/accounts"},
                {"puwei.admin", "/workspace/ledger"}, {"puwei.admin", "/workspace/word-lists"},
                {"puwei.admin", "/workspace/annual-report/county?year=2025"}, {"puwei.drafter", "/workspace/assessment"},
                {"system.admin", "/workspace/review-chain"}, {"audit.admin", "/workspace/catalog"},
                {"puwei.drafter", "/workspace/letter-templates"}};
        for (String[] r : refused) {
            assertThat(mvc.perform(get(r[1]).session(DemoLogin.session(mvc, r[0]))).andReturn().getResponse().getStatus())
                    .as(r[0] + " → " + r[1]).isEqualTo(403);
        }
    }

    @Test
    void whatVisitorsAndStaffTypeComesBackAsTextNeverAsMarkup() throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        FormAnswers.keep(mvc, get("/feedback/puwei").session(visitor));
        mvc.perform(post("/feedback/puwei").session(visitor).with(csrf()).param("kind", "SUGGESTION").param("content", XSS)
                .param("contact", XSS).param("mayPublish", "true")
                .with(FormAnswers.of(visitor)));
        MockHttpSession applicant = new MockHttpSession();
        FormAnswers.keep(mvc, get("/apply/puwei").session(applicant));
        Document submitted = page(post("/apply/puwei").session(applicant).with(csrf()).param("applicantType", "NATURAL_PERSON")
                .param("applicantName", XSS).param("idNumber", "").param("contact", XSS).param("description", XSS)
                .param("documentNumber", XSS).param("formWanted", "EMAIL").param("delivery", "EMAIL")
                .with(FormAnswers.of(applicant)));
        assertInert(submitted, "the acknowledgement page");
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        mvc.perform(post("/workspace/inspections").param("organ", "puwei").param("category", "OTHER").param("description", XSS)
                .param("location", XSS).session(supervisor).with(csrf()));

        MockHttpSession admin = DemoLogin.session(mvc, "puwei.admin");
        Document feedback = page(get("/workspace/feedback").session(admin));
        assertThat(feedback.text()).contains("<script>alert('xss')</script>");
        long feedbackId = Long.parseLong(feedback.select("form[action$=/reply]").attr("action").replaceAll("\\D+", " ").strip()
                .split(" ")[0]);
        mvc.perform(post("/workspace/feedback/" + feedbackId + "/reply").param("reply", XSS).param("publish", "true").session(admin)
                .with(csrf())).andExpect(flash().attribute("done", "已答复并公开。"));
        String requests = mvc.perform(get("/workspace/requests").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String caseLink = Jsoup.parse(requests).select("a[href~=/workspace/requests/\\d+$]").first().attr("href");

        List<String> pages = List.of("/feedback/puwei", "/workspace/feedback", caseLink, "/workspace/inspections",
                "/search?q=" + java.net.URLEncoder.encode(XSS, StandardCharsets.UTF_8), "/workspace/requests");
        for (String path : pages) {
            MockHttpSession who = path.startsWith("/workspace/inspections") ? supervisor : admin;
            assertInert(page(get(path).session(who)), path);
        }
        assertThat(page(get("/feedback/puwei")).select("article.answer").text()).contains("<script>alert('xss')</script>");
        Document checked = page(post("/check").with(csrf()).param("text", XSS + "\n一、总体情况\n" + XSS));
        assertInert(checked, "the report check of pasted text");
    }

    @Test
    void namesAndPathsCannotReachTheFileSystem() throws Exception {
        for (String path : List.of("/portal/puwei/items/..%2F..%2F..%2Fetc%2Fpasswd", "/css/..%2F..%2Fapplication.yml",
                "/portal/puwei/items/x/attachments/1/../../../../../etc/passwd", "/check/..%2F..%2Fapplication.yml.json",
                "/css/%2e%2e/%2e%2e/application.yml")) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isBetween(400, 404);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("root:x:").doesNotContain("datasource");
        }
        // An upload named like a path is stored under its content's hash and keeps only its last segment as name.
        MockHttpSession drafter = DemoLogin.session(mvc, "gaoping.drafter");
        String location = mvc.perform(post("/workspace/items").param("title", "路径测试").param("kind", "NOTICE")
                .param("body", "<p>见附件</p>").session(drafter).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        byte[] pdf = getClass().getResourceAsStream("/base.pdf").readAllBytes();
        mvc.perform(multipart(location + "/attachments").file(new MockMultipartFile("file", "../../../../tmp/evil.pdf",
                "application/pdf", pdf)).session(drafter).with(csrf())).andExpect(flash().attribute("done", "附件已添加。"));
        mvc.perform(multipart(location + "/attachments").file(new MockMultipartFile("file", "..\\..\\windows\\evil2.pdf",
                "application/pdf", pdf)).session(drafter).with(csrf())).andExpect(flash().attribute("done", "附件已添加。"));
        Document item = page(get(location).session(drafter));
        assertThat(item.select("a[href*=/workspace/attachments/]").eachText()).anyMatch(t -> t.startsWith("evil.pdf"))
                .anyMatch(t -> t.startsWith("evil2.pdf")).noneMatch(t -> t.contains(".."));
    }

    @Test
    void oneOrgansStaffCannotReachAnothersRecordsByChangingTheNumber() throws Exception {
        MockHttpSession puwei = DemoLogin.session(mvc, "puwei.drafter");
        MockHttpSession gaoping = DemoLogin.session(mvc, "gaoping.drafter");
        String list = mvc.perform(get("/workspace/requests").session(puwei)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String caseLink = Jsoup.parse(list).select("a[href~=/workspace/requests/\\d+$]").first().attr("href");
        String letters = mvc.perform(get(caseLink).session(puwei)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String letterLink = Jsoup.parse(letters).select("a[href*=/letters/]").first().attr("href");
        assertThat(mvc.perform(get(caseLink).session(gaoping)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(letterLink).session(gaoping)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse reveal = mvc.perform(post(caseLink + "/id-number").session(gaoping).with(csrf())).andReturn()
                .getResponse();
        assertThat(reveal.getStatus()).isIn(302, 404);
        assertThat(reveal.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("510421199001011233");
        String draft = mvc.perform(post("/workspace/items").param("title", "本镇草稿").param("kind", "NOTICE").param("body", "<p>草稿</p>")
                .session(puwei).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(draft).session(gaoping)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(draft).session(puwei)).andReturn().getResponse().getStatus()).isEqualTo(200);
        // The public status page answers only to the number with its own code.
        Document wrong = page(post("/apply/status").param("number", "puwei-Y2025-0001").param("code", "000000").with(csrf()));
        assertThat(wrong.text()).doesNotContain("张三");
    }

    @Test
    void theLogsHoldNoApplicantsPersonalData(CapturedOutput output) throws Exception {
        MockHttpSession applicant = new MockHttpSession();
        FormAnswers.keep(mvc, get("/apply/gaoping").session(applicant));
        mvc.perform(post("/apply/gaoping").session(applicant).with(csrf()).param("applicantType", "NATURAL_PERSON")
                .param("applicantName", "欧阳娜娜").param("idNumber", "510421198807150024").param("contact", "13987654321")
                .param("description", "高平镇2025年危房改造补助名单").param("formWanted", "EMAIL").param("delivery", "EMAIL")
                .with(FormAnswers.of(applicant)));
        // A wrong ID number is refused with a message; that path must not log it either.
        FormAnswers.keep(mvc, get("/apply/gaoping").session(applicant));
        mvc.perform(post("/apply/gaoping").session(applicant).with(csrf()).param("applicantType", "NATURAL_PERSON")
                .param("applicantName", "欧阳娜娜").param("idNumber", "510421198807150025").param("contact", "13987654321")
                .param("description", "同上").param("formWanted", "EMAIL").param("delivery", "EMAIL")
                .with(FormAnswers.of(applicant)));
        MockHttpSession staff = DemoLogin.session(mvc, "gaoping.drafter");
        String list = mvc.perform(get("/workspace/requests").session(staff)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (Element a : Jsoup.parse(list).select("a[href~=/workspace/requests/\\d+$]")) {
            mvc.perform(get(a.attr("href")).session(staff));
            mvc.perform(post(a.attr("href") + "/id-number").session(staff).with(csrf()));
        }
        assertThat(output.getAll()).doesNotContain("510421198807150024").doesNotContain("510421198807150025")
                .doesNotContain("13987654321").doesNotContain("欧阳娜娜");
    }

    /** No script element, no event handler attribute, no javascript: address: the typed markup stayed text. */
    private static void assertInert(Document page, String where) {
        assertThat(page.select("script").stream().map(Element::data).filter(d -> d.contains("alert")).toList())
                .as("scripts in " + where).isEmpty();
        List<String> handlers = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> {
                if (a.getKey().toLowerCase().startsWith("on")) {
                    handlers.add(e.tagName() + " " + a.getKey());
                }
            });
        }
        assertThat(handlers).as("event handlers in " + where).isEmpty();
        assertThat(page.select("svg[onload], img[src=x]")).as("injected elements in " + where).isEmpty();
    }

    /** Every path the application maps for the method, with sample values in its variables. */
    private List<String> endpoints(RequestMethod method) {
        List<String> out = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.contains(method) && !(methods.isEmpty() && method == RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/error")) {
                    out.add(sample(pattern));
                }
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    static String sample(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int j = i;
            for (; j < pattern.length(); j++) {
                depth += pattern.charAt(j) == '{' ? 1 : pattern.charAt(j) == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String name = pattern.substring(i + 1, j).split(":")[0];
            out.append(switch (name) {
                case "organ", "code" -> "puwei";
                case "year" -> "2025";
                case "month" -> "2025-09";
                case "index" -> "x";
                default -> "1";
            });
            i = j + 1;
        }
        return out.toString();
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

}
