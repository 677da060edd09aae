package cn.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.extract.DocumentReader;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.parse.ReportParser;
import cn.gongkai.report.testing.RandomReports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property tests: for many seeded random reports, what the renderers write parses back to the same
 * model, and the JSON form reads back to the same model. A failure names the seed to replay.
 */
class RoundTripTests {

    private static final int REPORTS = 400;
    private static final long BASE_SEED = 20261122L;

    private final ReportParser parser = new ReportParser();
    private final DocumentReader reader = new DocumentReader();

    @Test
    void markdownParsesBackToTheSameReport() throws Exception {
        assertRoundTrip(BASE_SEED, "r.md", TextRenderer::render);
    }

    @Test
    void htmlParsesBackToTheSameReport() throws Exception {
        assertRoundTrip(BASE_SEED + 10_000, "r.html", HtmlRenderer::render);
    }

    private void assertRoundTrip(long firstSeed, String name, java.util.function.Function<AnnualReport, String> renderer)
            throws Exception {
        for (int i = 0; i < REPORTS; i++) {
            long seed = firstSeed + i;
            AnnualReport report = new RandomReports(seed).next().withSource(name);
            String written = renderer.apply(report);
            AnnualReport back = parser.parse(reader.read(written.getBytes(StandardCharsets.UTF_8)), name).report();
            assertThat(back).as("seed %d, %s:%n%s", seed, name, written).isEqualTo(report);
        }
    }

    @Test
    void wordDocumentsParseBackToTheSameReport() throws Exception {
        for (int i = 0; i < 100; i++) {
            long seed = BASE_SEED + 40_000 + i;
            AnnualReport report = new RandomReports(seed).next().withSource("r.docx");
            byte[] docx = DocxRenderer.render(report);
            AnnualReport back = parser.parse(reader.read(docx), "r.docx").report();
            assertThat(back).as("seed %d", seed).isEqualTo(report);
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
                assertThat(doc.getTables()).as("real Word tables, not tabs in paragraphs").hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void gbkTextParsesBackToTheSameReport() throws Exception {
        for (int i = 0; i < 50; i++) {
            long seed = BASE_SEED + 20_000 + i;
            AnnualReport report = new RandomReports(seed).next().withSource("r.txt");
            byte[] gbk = TextRenderer.render(report).getBytes("GBK");
            AnnualReport back = parser.parse(reader.read(gbk), "r.txt").report();
            assertThat(back).as("seed %d", seed).isEqualTo(report);
        }
    }

    @Test
    void jsonReadsBackToTheSameReportAndDiagnostics() {
        ReportChecker checker = ReportChecker.builder().build();
        for (int i = 0; i < REPORTS; i++) {
            long seed = BASE_SEED + 30_000 + i;
            AnnualReport report = new RandomReports(seed).next().withSource("r.json");
            CheckResult checked = checker.check(TextRenderer.render(report).getBytes(StandardCharsets.UTF_8), "r.json");
            ReportJson.Parsed back = ReportJson.read(ReportJson.write(checked));
            assertThat(back.report()).as("seed %d", seed).isEqualTo(checked.report());
            assertThat(back.diagnostics()).as("seed %d", seed).isEqualTo(checked.diagnostics());
        }
    }

    @Test
    void theGeneratorCoversUnknownCellsAndEveryOrganKind() {
        RandomReports random = new RandomReports(BASE_SEED);
        List<AnnualReport> sample = java.util.stream.Stream.generate(random::next).limit(REPORTS).toList();
        assertThat(sample).anySatisfy(r -> assertThat(r.requests().toString()).contains("?"));
        assertThat(sample.stream().map(AnnualReport::organKind).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sample).anySatisfy(r -> assertThat(r.publishedOn()).isNull());
    }
}
