package cn.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gongkai.server.DemoLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every GET mapping of the application as each kind of demo account (and anonymously) and fails on
 * any 500 or exception: issue 11 found pages that crashed for the three administrators. Path variables are
 * filled with plausible values (an organ code, id 1, this year, a random UUID); a 4xx is a proper answer.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:walk-gets;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NoServerErrorWalkTests {

    private static final List<String> ACCOUNTS = List.of("system.admin", "security.admin", "audit.admin", "county.supervisor",
            "puwei.drafter", "puwei.reviewer1", "puwei.admin");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?\\}");
    private static final Map<String, String> VALUES = Map.of("organ", "puwei", "year", "2025", "code", "puwei",
            "file", "x.pdf", "kind", "statutory", "format", "pdf");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noGetPageAnswers500ForAnyRole() throws Exception {
        TreeSet<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                paths.add(fill(pattern));
            }
        }
        assertThat(paths).hasSizeGreaterThan(50);
        List<String> failures = new ArrayList<>();
        walk(paths, null, "anonymous", failures);
        for (String account : ACCOUNTS) {
            walk(paths, DemoLogin.session(mvc, account), account, failures);
        }
        assertThat(failures).isEmpty();
    }

    private void walk(TreeSet<String> paths, MockHttpSession session, String who, List<String> failures) {
        for (String path : paths) {
            try {
                var request = get(path);
                if (session != null) {
                    request.session(session);
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (status >= 500) {
                    failures.add(who + " GET " + path + " → " + status);
                }
            } catch (Exception | AssertionError e) {
                failures.add(who + " GET " + path + " → " + e.getClass().getSimpleName() + ": " + rootMessage(e));
            }
        }
    }

    private static String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = VALUES.getOrDefault(name, name.toLowerCase().endsWith("id") && !name.equals("id")
                    ? "1" : name.equals("id") ? "1" : "1");
            if (pattern.contains("/check/{id}") || pattern.contains("batch-check/{id}")) {
                value = "00000000-0000-4000-8000-000000000000";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace("/**", "/x");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String s = t.getClass().getSimpleName() + " " + t.getMessage();
        return s.length() > 160 ? s.substring(0, 160) : s;
    }
}
