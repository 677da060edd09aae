package cn.gongkai.server.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.report.testing.HostileFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public checker under hostile load (issue 11): the crafted files answered at once with the located
 * INPUT-TOO-COMPLEX, the busy page when every slot is taken, the per-address limit, a batch of hostile
 * zip entries. Its own database and a small per-address limit (5 files per window) to count by hand.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:checker-load;DB_CLOSE_DELAY=-1",
        "gongkai.checker.load.per-address=5", "gongkai.checker.load.queue-wait=200ms"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CheckerLoadTests {

    private static final Path SEEDS = Path.of("../report-core/src/test/resources/seeds");

    @Autowired
    MockMvc mvc;
    @Autowired
    CheckGate gate;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshCounts() {
        jdbc.sql("DELETE FROM check_rate").update();
    }

    @Test
    void theCraftedPdfAndDocxAreAnsweredWithTheLocatedDiagnostic() throws Exception {
        byte[] pdf = HostileFiles.glyphFloodPdf();
        byte[] docx = HostileFiles.xmlFloodDocx();
        String page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> mvc.perform(multipart("/check")
                .file(new MockMultipartFile("files", "crafted.pdf", "application/pdf", pdf))
                .file(new MockMultipartFile("files", "crafted.docx", "application/octet-stream", docx)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("INPUT-TOO-COMPLEX")
                .contains("文件过大或过于复杂：第 1 页的字形超过每页 20000 个的上限")
                .contains("文件过大或过于复杂：DOCX 中的 word/document.xml 解压后超过 8 MB 的上限");
    }

    @Test
    void whenEverySlotIsTakenTheFormSaysBusyWith503AndRetryAfter() throws Exception {
        int slots = gate.slots.availablePermits();
        gate.slots.acquire(slots);
        try {
            mvc.perform(multipart("/check").file(seed("000.txt")).with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(containsString("<h1>系统繁忙，请稍后再试</h1>")));
        } finally {
            gate.slots.release(slots);
        }
        mvc.perform(multipart("/check").file(seed("000.txt")).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void oneAddressMayHaveFiveFilesCheckedPerWindow() throws Exception {
        // per-address=5: 2 files + 2 files + 1 pasted text = 5 allowed; the sixth file is refused with 429
        mvc.perform(multipart("/check").file(seed("000.txt")).file(seed("001.txt")).with(csrf())).andExpect(status().isOk());
        mvc.perform(multipart("/check").file(seed("002.txt")).file(seed("003.txt")).with(csrf())).andExpect(status().isOk());
        mvc.perform(multipart("/check").param("text", "2025年政府信息公开工作年度报告\n一、总体情况\n").with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart("/check").file(seed("004.txt")).with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("检查的文件过多")));
        // another address has its own count
        mvc.perform(multipart("/check").file(seed("004.txt")).with(csrf()).with(r -> {
            r.setRemoteAddr("203.0.113.9");
            return r;
        })).andExpect(status().isOk());
        // staff signed in are not counted
        mvc.perform(multipart("/check").file(seed("004.txt")).with(csrf()).session(login("puwei.drafter")))
                .andExpect(status().isOk());
    }

    @Test
    void ipv6AddressesAreCountedPerSlash64() {
        assertThat(CheckRateLimit.key("2001:db8:1:2:aaaa::1")).isEqualTo(CheckRateLimit.key("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(CheckRateLimit.key("2001:db8:1:3::1")).isNotEqualTo(CheckRateLimit.key("2001:db8:1:2::1"));
        assertThat(CheckRateLimit.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void aBatchOfHostileEntriesIsCheckedEntryByEntry() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("crafted.pdf"));
            z.write(HostileFiles.glyphFloodPdf());
            z.putNextEntry(new ZipEntry("liar.txt")); // declares 1 KB below, holds 21 MB
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 21; i++) {
                z.write(zeros);
            }
            z.putNextEntry(new ZipEntry("ok.txt"));
            z.write(Files.readAllBytes(SEEDS.resolve("000.txt")));
        }
        byte[] lying = declareSize(zip.toByteArray(), "liar.txt", 1024);
        MockHttpSession staff = login("puwei.drafter");
        String job = mvc.perform(multipart("/workspace/batch-check").file(new MockMultipartFile("zip", "hostile.zip",
                "application/zip", lying)).session(staff).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/workspace/batch-check/");
        Document page = awaitFinished(job, staff);
        assertThat(page.select("#progress span").text()).isEqualTo("已全部核对：3 个文件");
        String jsonl = mvc.perform(get(job + ".jsonl").session(staff)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(jsonl.lines()).hasSize(3);
        assertThat(jsonl).contains("第 1 页的字形超过每页 20000 个的上限").contains("“liar.txt”实际解压后超过 20 MB 的上限")
                .contains("米易县普威镇人民政府");
    }

    /** Rewrites the uncompressed size of {@code name} in the zip's central directory (a zip that lies). */
    private static byte[] declareSize(byte[] zip, String name, int size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02
                    && (zip[i + 28] & 0xFF | (zip[i + 29] & 0xFF) << 8) == n.length
                    && new String(zip, i + 46, n.length, StandardCharsets.UTF_8).equals(name)) {
                for (int b = 0; b < 4; b++) {
                    zip[i + 24 + b] = (byte) (size >>> (8 * b));
                }
                return zip;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }

    private Document awaitFinished(String job, MockHttpSession session) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        Document page = page(job, session);
        while (!page.select("meta[http-equiv=refresh]").isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
            page = page(job, session);
        }
        return page;
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile seed(String name) throws Exception {
        return new MockMultipartFile("files", name, "text/plain", Files.readAllBytes(SEEDS.resolve(name)));
    }

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
