package cn.gongkai.server.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The web checker as a user meets it: the form, the results with marked cells, the JSON download, refusals. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CheckerPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theCheckerFormIsInChineseWithACsrfToken() throws Exception {
        // The checker moved from "/" (now the county's portal home, which links to it) to /check.
        mvc.perform(get("/").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/check\"")));
        mvc.perform(get("/check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(containsString("<h1>年报体检</h1>")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'none'")));
    }

    @Test
    void uploadedReportsShowTablesWithMarkedCellsAndAJsonLink() throws Exception {
        String page = mvc.perform(upload(file("003.txt"), file("002.txt")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("小铺镇人民政府").contains("米易县白坡彝族乡人民政府");
        // 003 lacks the 其他 column: its header cell carries the error, with the message as tooltip.
        assertThat(page).containsPattern("<th scope=\"col\" class=\"sev-error\" title=\"\\[\\d+\\] 表三缺少“其他”列");
        // 002's “全街道” residue is listed with its line.
        assertThat(page).contains("ORGAN-KIND-RESIDUE").contains("第 111 行");
        Matcher link = Pattern.compile("/check/([0-9a-f-]{36})\\.json").matcher(page);
        assertThat(link.find()).isTrue();
        String json = mvc.perform(get("/check/" + link.group(1) + ".json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"format\":\"gongkai-annual-report/1\"").contains("\"organ\":\"小铺镇人民政府\"")
                .contains("\"code\":\"T3-MISSING-COLUMN\"");
    }

    @Test
    void aPdfUploadIsReadToo() throws Exception {
        mvc.perform(upload(file("base.pdf")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("米易县测试镇人民政府")))
                .andExpect(content().string(containsString("没有发现问题。")));
    }

    @Test
    void pastedTextIsChecked() throws Exception {
        String text = new String(bytes("002.txt"), StandardCharsets.UTF_8);
        mvc.perform(multipart("/check").param("text", text).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("粘贴的文本")))
                .andExpect(content().string(containsString("NARRATIVE-PARTS")));
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(upload(file("003.txt"))).andExpect(status().isForbidden());
    }

    @Test
    void nothingChosenSaysWhatToDo() throws Exception {
        mvc.perform(multipart("/check").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择至少一个报告文件，或粘贴报告文字。")));
    }

    @Test
    void tooManyFilesAreRefusedWithTheLimit() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/check");
        for (int i = 0; i < 51; i++) {
            request.file(new MockMultipartFile("files", "r" + i + ".txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        }
        mvc.perform(request.with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一次最多检查 50 个文件，您选择了 51 个")));
    }

    @Test
    void anUnreadableFileIsExplainedNotACrash() throws Exception {
        mvc.perform(upload(new MockMultipartFile("files", "scan.pdf", "application/pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UNREADABLE")))
                .andExpect(content().string(containsString("PDF 文件不完整")));
    }

    @Test
    void fileNamesAndTextAreEscaped() throws Exception {
        mvc.perform(upload(new MockMultipartFile("files", "<img src=x onerror=alert(1)>.txt", "text/plain",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;.txt")));
    }

    @Test
    void aClientPathInTheFileNameIsNotShown() {
        assertThat(ReportCheckService.displayName("C:\\Users\\张三\\Desktop\\年报.pdf")).isEqualTo("年报.pdf");
        assertThat(ReportCheckService.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ReportCheckService.displayName("  ")).isEqualTo("未命名文件");
    }

    @Test
    void unknownOrMalformedResultLinksAreNotFound() throws Exception {
        mvc.perform(get("/check/not-a-uuid.json")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有找到这次检查的结果")));
        mvc.perform(get("/check/2f1e6c1a-0000-4000-8000-000000000000.json")).andExpect(status().isNotFound());
    }

    @Test
    void everythingElseIsClosed() throws Exception {
        // Anonymous: an address nothing answers is the portal's 404 page (not the login page), a staff page
        // asks for a login; never shown anything. Signed in: refused.
        mvc.perform(get("/admin")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/workspace")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("someone"))).andExpect(status().isForbidden());
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/check");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return request;
    }

    private static MockMultipartFile file(String name) throws IOException {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes(name));
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = CheckerPageTests.class.getResourceAsStream("/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
