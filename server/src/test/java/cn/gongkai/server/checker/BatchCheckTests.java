package cn.gongkai.server.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The five seed reports zipped, batch-checked with progress, exported, and imported as the townships' history. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:batch-check-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
@org.springframework.context.annotation.Import(cn.gongkai.server.request.TestClock.Config.class)
class BatchCheckTests {

    @Autowired
    cn.gongkai.server.request.TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void today() {
        clock.set(java.time.LocalDate.of(2026, 12, 1));
    }

    private static final Path SEEDS = Path.of("../report-core/src/test/resources/seeds");

    @Autowired
    MockMvc mvc;

    @Test
    void theFiveSeedsAreCheckedAndOneIsImportedAsPuweisHistory() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (String n : new String[] {"000", "001", "002", "003", "004"}) {
                z.putNextEntry(new ZipEntry("年报/" + n + ".txt"));
                z.write(Files.readAllBytes(SEEDS.resolve(n + ".txt")));
            }
            z.putNextEntry(new ZipEntry("__MACOSX/._000.txt"));
            z.write(new byte[] {1, 2});
        }
        MockHttpSession admin = login("puwei.admin");
        String job = mvc.perform(multipart("/workspace/batch-check").file(new MockMultipartFile("zip", "seeds.zip",
                "application/zip", zip.toByteArray())).session(admin).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/workspace/batch-check/");
        Document page = awaitFinished(job, admin);
        assertThat(page.select("#progress span").text()).isEqualTo("已全部核对：5 个文件");
        assertThat(page.select("#results tbody tr td:nth-child(1)").eachText())
                .containsExactly("000.txt", "001.txt", "002.txt", "003.txt", "004.txt");
        assertThat(page.select("#results tbody tr td:nth-child(2)").eachText()).contains("米易县普威镇人民政府", "高平镇人民政府");
        // 高平镇 and 小铺镇 miss a column of 表三 (an error): sorted by errors they come first.
        Document byErrors = page(job + "?sort=errors", admin);
        assertThat(byErrors.select("#results tbody tr").first().hasClass("sev-error")).isTrue();
        String csv = mvc.perform(get(job + ".csv").session(admin)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(6);

        // 000 is 普威镇's 2025 report: the current report year (2026 - 1) is compiled on the platform, not imported;
        // the others are not 普威镇's. Importing through review is tested in HistoricalImportTests.
        mvc.perform(post(job + "/import/0").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "只能导入 2025 年以前的历史年报；2025 年的年报请在平台上编制，经审核流程发布"));
        mvc.perform(post(job + "/import/1").session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "报告的机关“高平镇人民政府”与本机关“米易县普威镇人民政府”不同，不能导入"));
        Document portal = Jsoup.parse(mvc.perform(get("/portal/puwei/reports")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(portal.select(".item-list a").eachText()).isEmpty();
        // Another person cannot see this batch.
        mvc.perform(get(job).session(login("gaoping.admin")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void aZipBombIsRefusedWithAMessage() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("huge.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 21; i++) {
                z.write(zeros);
            }
        }
        assertThat(zip.size()).isLessThan(100_000);
        mvc.perform(multipart("/workspace/batch-check").file(new MockMultipartFile("zip", "bomb.zip", "application/zip",
                zip.toByteArray())).session(login("puwei.drafter")).with(csrf()))
                .andExpect(flash().attribute("problem", "压缩包中的“huge.txt”解压后超过 20 MB"));
        mvc.perform(multipart("/workspace/batch-check").file(new MockMultipartFile("zip", "not.zip", "application/zip",
                "不是压缩包".getBytes(StandardCharsets.UTF_8))).session(login("puwei.drafter")).with(csrf()))
                .andExpect(flash().attribute("problem", "无法读取压缩包：请确认是 zip 格式且没有损坏"));
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

    private MockHttpSession login(String username) throws Exception {
        return cn.gongkai.server.DemoLogin.session(mvc, username);
    }
}
