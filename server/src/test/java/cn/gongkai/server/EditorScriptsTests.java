package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 正文 editor's scripts and the policy that lets them run: this server's scripts only on the new-item
 * form and an item's page with its edit form, no script anywhere else (a reviewer's view of the item too), never inline script, inline style or eval; the
 * editor and every module it imports are served as static files with their imports made addresses.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:editor-scripts-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class EditorScriptsTests {

    private static final Pattern IMPORT = Pattern.compile("(?:\\bfrom\\s*|\\bimport\\s*)['\"]([^'\"]+)['\"]");

    @Autowired
    MockMvc mvc;

    private String csp(MockHttpServletResponse response) {
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .doesNotContain("unsafe-hashes").contains("default-src 'self'").contains("object-src 'none'");
        return policy;
    }

    @Test
    void onlyThePagesWithTheEditorAllowThisServersScripts() throws Exception {
        MockHttpSession drafter = DemoLogin.session(mvc, "puwei.drafter");
        MockHttpServletResponse form = mvc.perform(get("/workspace/items/new").session(drafter)).andReturn().getResponse();
        assertThat(csp(form)).contains("script-src 'self'");
        assertThat(form.getContentAsString(StandardCharsets.UTF_8))
                .contains("<script type=\"module\" src=\"/js/body-editor.js\"></script>")
                .doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain(" onclick=");

        String itemUrl = mvc.perform(post("/workspace/items").session(drafter).with(csrf())
                .param("title", "普威镇召开春耕动员会").param("kind", "WORK_NEWS").param("body", "第一段。\n第二段。"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(itemUrl).matches("/workspace/items/\\d+");
        MockHttpServletResponse item = mvc.perform(get(itemUrl).session(drafter)).andReturn().getResponse();
        assertThat(csp(item)).contains("script-src 'self'");
        assertThat(item.getContentAsString(StandardCharsets.UTF_8)).contains("src=\"/js/body-editor.js\"");
        // the same item's page for a reviewer holds no edit form and runs no script
        MockHttpSession reviewer = DemoLogin.session(mvc, "puwei.reviewer1");
        MockHttpServletResponse reviewed = mvc.perform(get(itemUrl).session(reviewer)).andReturn().getResponse();
        assertThat(reviewed.getStatus()).isEqualTo(200);
        assertThat(csp(reviewed)).contains("script-src 'none'");
        assertThat(reviewed.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("body-editor.js");
        // a refused save shows the form again, with its editor
        MockHttpServletResponse refused = mvc.perform(post("/workspace/items").session(drafter).with(csrf())
                .param("title", "").param("kind", "WORK_NEWS").param("body", "正文")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(csp(refused)).contains("script-src 'self'");

        for (String path : new String[] {"/workspace", "/workspace/items", "/workspace/items/" + itemUrl.replaceAll("\\D", "") + "/x"}) {
            assertThat(csp(mvc.perform(get(path).session(drafter)).andReturn().getResponse()))
                    .as(path).contains("script-src 'none'");
        }
        for (String path : new String[] {"/", "/login", "/check", "/portal/puwei", "/search", "/apply"}) {
            assertThat(csp(mvc.perform(get(path)).andReturn().getResponse())).as(path).contains("script-src 'none'");
        }
    }

    /** Follows the imports from /js/body-editor.js: each is a served JavaScript file naming no bare package. */
    @Test
    void theEditorAndEveryModuleItImportsAreServedWithAddressesForImports() throws Exception {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add("/js/body-editor.js");
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(200);
            assertThat(r.getContentType()).as(path).contains("javascript");
            String source = r.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                String target = m.group(1);
                assertThat(target).as("import in " + path).matches("/webjars/.+\\.js|\\./[a-z-]+\\.js");
                todo.add(target.startsWith("./") ? path.substring(0, path.lastIndexOf('/')) + target.substring(1) : target);
            }
        }
        assertThat(seen).contains("/js/body-schema.js").anyMatch(p -> p.startsWith("/webjars/prosemirror-tables/"))
                .anyMatch(p -> p.startsWith("/webjars/orderedmap/")).anyMatch(p -> p.startsWith("/webjars/w3c-keyname/"));
        assertThat(seen.size()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void theVersionsAreThoseOnTheClasspathAndOtherNamesStay() {
        EsModuleImports imports = EsModuleImports.fromClasspath();
        Map<String, String> modules = imports.modules();
        assertThat(modules.get("prosemirror-model")).matches("prosemirror-model/1\\.\\d+\\.\\d+/dist/index\\.js");
        assertThat(modules.get("w3c-keyname")).matches("w3c-keyname/2\\.\\d+\\.\\d+/index\\.js");
        String source = "import {\n  Fragment\n} from \"prosemirror-model\";\nimport x from './local.js';\n"
                + "import 'unknown-package';\nconst from = 1;\n";
        String out = imports.rewrite(source, "/ctx");
        assertThat(out).contains("} from \"/ctx/webjars/" + modules.get("prosemirror-model") + "\";")
                .contains("import x from './local.js';").contains("import 'unknown-package';").contains("const from = 1;");
    }

    @Test
    void theScriptsAreReadOnlyStaticFiles() throws Exception {
        String view = "/webjars/" + EsModuleImports.fromClasspath().modules().get("prosemirror-view");
        MockHttpServletResponse r = mvc.perform(get(view)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        MockHttpSession drafter = DemoLogin.session(mvc, "puwei.drafter");
        for (String path : new String[] {view, "/js/body-editor.js"}) {
            assertThat(mvc.perform(post(path).session(drafter).with(csrf())).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/webjars/prosemirror-view/0.0.0/dist/index.js")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/js/%2e%2e/templates/publication/fields.html")).andReturn().getResponse().getStatus())
                .isBetween(400, 499);
    }
}
