package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** ./gongkai report on the demo county: every format reads back, through the checker, to the JSON's numbers. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:report-command-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class ReportCommandTests {

    @Autowired
    ReportCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void everyFormatGivesTheSameNumbersAsTheJson(@TempDir Path dir) throws Exception {
        int year = LocalDate.now().getYear(); // the demo data's requests are from this year
        assertThat(run("--organ", "普威镇", "--year", Integer.toString(year), "--format", "json")).isIn(0, 1);
        AnnualReport json = ReportJson.read(out.toString(StandardCharsets.UTF_8)).report();
        assertThat(json.organ()).isEqualTo("米易县普威镇人民政府");
        assertThat(json.requests().get(cn.gongkai.report.model.RequestRow.NEWLY_RECEIVED,
                cn.gongkai.report.model.ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);

        ReportChecker checker = ReportChecker.builder().build();
        for (String format : new String[] {"md", "html", "docx", "pdf"}) {
            if (format.equals("pdf") && !cn.gongkai.server.shared.ChinesePdf.knownFontInstalled()) {
                continue; // no Chinese font here; .ci/run installs one
            }
            Path file = dir.resolve("report." + format);
            assertThat(run("--organ", "puwei", "--year", Integer.toString(year), "--format", format, "--out", file.toString()))
                    .isIn(0, 1);
            AnnualReport back = checker.check(file).report();
            assertThat(back.requests()).as(format).isEqualTo(json.requests());
            assertThat(back.reviews()).as(format).isEqualTo(json.reviews());
            assertThat(back.proactive().normativeDocuments()).as(format).isEqualTo(json.proactive().normativeDocuments());
        }
    }

    @Test
    void badArgumentsAreExplainedWithExitCodeTwo() {
        assertThat(run("--organ", "不存在的镇", "--year", "2025")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有名称或代码为“不存在的镇”的机关");
        err.reset();
        assertThat(run("--organ", "米易县", "--year", "2025")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("对应多个机关");
        err.reset();
        assertThat(run("--organ", "puwei", "--year", "2025", "--format", "docx")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("请用 --out 指定输出文件");
        err.reset();
        assertThat(run("--organ", "puwei", "--year", "2025", "--format", "xls")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("格式应为 json、md、html、docx、pdf 之一");
    }

    private int run(String... args) {
        out.reset();
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
