package cn.gongkai.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five real reports of shared/seeds, each against its expected result written by reading it by
 * hand (src/test/resources/seeds/NNN.expected.json; how each value was read is commented in
 * expected-from-hand-reading.py).
 */
class SeedReportsTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void recoversTheReportAsReadByHand(String seed) throws IOException {
        CheckResult actual = CHECKER.check(resource(seed + ".txt"), seed + ".txt");
        ReportJson.Parsed expected = ReportJson.read(new String(resource(seed + ".expected.json"), StandardCharsets.UTF_8));
        AnnualReport e = expected.report();
        AnnualReport a = actual.report();
        assertThat(a.organ()).as("organ of %s", seed).isEqualTo(e.organ());
        assertThat(a.organKind()).as("organ kind of %s", seed).isEqualTo(e.organKind());
        assertThat(a.year()).as("year of %s", seed).isEqualTo(e.year());
        assertThat(a.publishedOn()).as("publication date of %s", seed).isEqualTo(e.publishedOn());
        assertThat(a.templateEdition()).as("template of %s", seed).isEqualTo(e.templateEdition());
        assertThat(a.proactive()).as("表二 of %s", seed).isEqualTo(e.proactive());
        assertThat(a.requests()).as("表三 of %s", seed).isEqualTo(e.requests());
        assertThat(a.reviews()).as("表四 of %s", seed).isEqualTo(e.reviews());
        assertThat(a.narrative()).as("narrative figures of %s", seed).isEqualTo(e.narrative());
        assertThat(key(actual.diagnostics())).as("diagnostics of %s", seed)
                .containsExactlyInAnyOrderElementsOf(key(expected.diagnostics()));
        assertThat(actual.diagnostics()).allSatisfy(d -> assertThat(d.message()).matches(".*\\p{IsHan}.*"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void keepsTheProseSectionsWithoutSignatureOrHeadings(String seed) throws IOException {
        AnnualReport a = CHECKER.check(resource(seed + ".txt"), seed).report();
        for (Section s : List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS)) {
            assertThat(a.sectionText(s)).as("section %s of %s", s.numeral(), seed).isNotBlank();
            assertThat(a.sectionText(s)).doesNotContain(s.heading());
        }
        assertThat(a.sectionText(Section.OTHER_MATTERS)).doesNotContain("年1月");
    }

    @org.junit.jupiter.api.Test
    void sectionSixOfPuweiIsExactlyTheFeeSentence() throws IOException {
        AnnualReport a = CHECKER.check(resource("000.txt"), "000.txt").report();
        assertThat(a.sectionText(Section.OTHER_MATTERS)).isEqualTo("本年度我镇无依据《政府信息公开信息处理费管理办法》收取信息处理费的情况。");
    }

    /** What a diagnostic must match: code, severity, line, table, row (and column when expected). */
    private static List<String> key(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code() + "|" + d.severity().id() + "|line " + d.location().line() + "|table "
                + d.location().table() + "|row " + d.location().row()).toList();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedReportsTests.class.getResourceAsStream("/seeds/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
