package cn.gongkai.report.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.json.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF capture cut short (no %%EOF) is read as far as it can be and answered "incomplete", never refused
 * and never with a figure it does not state: the corpus's Chromium-printed F2 (pdf-browser/f2.pdf, 2 pages)
 * cut at several points here, each scored against the file's hand-written expectations (f2.expected.json).
 * Where the cut leaves the fonts and the page contents (the end of the file: cross-reference table, trailer),
 * PDFBox's lenient parser rebuilds the document and every stated figure must be read; before that the glyphs
 * cannot be mapped to text and every figure must stay unknown.
 */
class TruncatedPdfTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();
    private static final Path PDF = Path.of("src/test/resources/corpus/pdf-browser/f2.pdf");

    @ParameterizedTest(name = "cut at {0} ‰ of the file")
    @ValueSource(ints = {50, 200, 400, 600, 800, 900, 950, 990, 999})
    void aCutPdfIsIncompleteAndNeverHasAWrongFigure(int perMille) throws Exception {
        byte[] whole = Files.readAllBytes(PDF);
        byte[] cut = Arrays.copyOf(whole, (int) (whole.length * (long) perMille / 1000));
        CheckResult result = CHECKER.check(cut, "f2-cut.pdf");

        assertThat(result.unreadable()).as("refused: %s", result.diagnostics()).isFalse();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals(Codes.REPORT_INCOMPLETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("%%EOF").contains("按未知处理"));
        assertThat(ReportJson.toNode(result).get("completeness").asString()).isEqualTo("incomplete");

        FileScore score = CorpusScorer.score("f2-cut.pdf", Expected.read(PDF.resolveSibling("f2.expected.json")), result);
        assertThat(score.wrongCells).as("cells read wrong").isEmpty();
        if (perMille >= 950) {
            // only the end of the file (fonts' tail, cross-reference table, trailer) is lost: every stated figure is read
            assertThat(score.unknown).as("cells left unknown").isZero();
        }
        System.out.printf("cut %d ‰: %d right, %d unknown, %d wrong; %s%n", perMille, score.right, score.unknown,
                score.wrong, result.diagnostics().stream().map(Diagnostic::code).distinct().toList());
    }
}
