package cn.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gongkai.server.DemoLogin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every CSV export of the platform neutralizes formula cells: a value someone typed or uploaded that starts
 * with = is written with a leading apostrophe in the ledger, inspections, county roll-up and batch exports.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:csv-injection;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CsvExportInjectionTests {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点击\")";

    @Autowired
    MockMvc mvc;

    @Test
    void inspectionsAndLedgerExportsNeutralizeTheDescription() throws Exception {
        MockHttpSession supervisor = DemoLogin.session(mvc, "county.supervisor");
        mvc.perform(post("/workspace/inspections").param("organ", "puwei").param("category", "OTHER")
                .param("description", FORMULA).session(supervisor).with(csrf()));
        String inspections = csv("/workspace/inspections.csv", supervisor);
        assertThat(inspections).contains("\"'" + FORMULA.replace("\"", "\"\"") + "\"").doesNotContain(",\"=HYPERLINK");
        String ledger = csv("/workspace/ledger.csv", DemoLogin.session(mvc, "audit.admin"));
        assertThat(ledger).doesNotContain(",=").doesNotContain(",\"=");
        String county = csv("/workspace/annual-report/county.csv?year=" + (Year.now().getValue() - 1), supervisor);
        assertThat(county).startsWith("\uFEFF机关,").doesNotContain(",=");
    }

    @Test
    void batchExportNeutralizesAnUploadedFileName() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("=cmd|'calc'!A0.txt"));
            z.write("不是年报".getBytes(StandardCharsets.UTF_8));
        }
        MockHttpSession staff = DemoLogin.session(mvc, "puwei.drafter");
        String job = mvc.perform(multipart("/workspace/batch-check").file(new MockMultipartFile("zip", "x.zip", "application/zip",
                zip.toByteArray())).session(staff).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        String csv = "";
        for (int i = 0; i < 100 && !csv.contains("cmd"); i++) {
            Thread.sleep(100);
            csv = csv(job + ".csv", staff);
        }
        assertThat(csv).contains("'=cmd|'calc'!A0.txt").doesNotContain("\n=cmd");
    }

    private String csv(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
