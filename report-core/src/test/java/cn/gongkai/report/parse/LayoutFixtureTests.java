package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.testing.DocxFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One hand-written report (layouts/base.txt, 米易县测试镇 2025, with figures that balance) in every
 * layout a published report comes in. Each must give the same report; the expected values below
 * were read off base.txt by hand.
 */
class LayoutFixtureTests {

    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            base.txt             | tab-separated text                                 |
            pipe-table.md        | markdown headings and pipe tables                  |
            one-cell-per-line.txt| every cell on its own line                         |
            run-together.txt     | two rows written without separators                | CELL-INFERRED newlyReceived,CELL-INFERRED unableNeedsCreation
            repeated-header.txt  | header repeated after a page break, page number   |
            navigation.txt       | site navigation before the title and after the end |
            gbk.txt              | GBK encoding                                       |
            government-site.html | an HTML page with navigation and footer            |
            base.pdf             | PDF with wrapped lines                             |
            base.docx            | DOCX with paragraphs and tables                    |
            """)
    void everyLayoutGivesTheSameReport(String file, String layout, String expectedCodes) throws IOException {
        CheckResult result = CHECKER.check(bytes(file), file);
        AnnualReport r = result.report();
        assertThat(r.organ()).as(layout).isEqualTo("米易县测试镇人民政府");
        assertThat(r.organKind()).isEqualTo(OrganKind.TOWNSHIP);
        assertThat(r.year()).as(layout).isEqualTo(2025);
        assertThat(r.publishedOn()).as(layout).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(r.proactive()).as(layout).isEqualTo(expectedProactive());
        assertThat(r.requests()).as(layout).isEqualTo(expectedRequests());
        assertThat(r.reviews()).as(layout).isEqualTo(expectedReviews());
        assertThat(r.narrative().proactiveItemsTotal()).as(layout).isEqualTo(120L);
        java.util.LinkedHashMap<String, Long> kinds = new java.util.LinkedHashMap<>();
        kinds.put("工作动态", 80L);
        kinds.put("通知公告", 30L);
        kinds.put("政策解读", 10L);
        assertThat(r.narrative().proactiveItemsByKind()).as(layout).containsExactlyEntriesOf(kinds);
        assertThat(r.narrative().requestsReceivedStated()).as(layout).isEqualTo(7L);
        assertThat(r.narrative().reconsiderationsStated()).as(layout).isEqualTo(2L);
        List<String> codes = result.diagnostics().stream().map(LayoutFixtureTests::codeAndRow).toList();
        List<String> expected = expectedCodes == null ? List.of() : List.of(expectedCodes.split(","));
        assertThat(codes).as(layout).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String codeAndRow(Diagnostic d) {
        return d.code() + (d.location().row() == null ? "" : " " + d.location().row());
    }

    static ProactiveTable expectedProactive() {
        return new ProactiveTable(new DocumentCounts(Cell.of(0), Cell.of(0), Cell.of(0)),
                new DocumentCounts(Cell.of(2), Cell.of(1), Cell.of(5)), Cell.of(12), Cell.of(3), Cell.of(0),
                new BigDecimal("1.5"));
    }

    static RequestTable expectedRequests() {
        RequestTable.Builder b = RequestTable.builder();
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                b.set(row, c, Cell.of(0));
            }
        }
        row(b, RequestRow.NEWLY_RECEIVED, 5, 1, 0, 0, 1, 0, 7);
        row(b, RequestRow.CARRIED_IN, 1, 0, 0, 0, 0, 0, 1);
        row(b, RequestRow.GRANTED, 2, 1, 0, 0, 0, 0, 3);
        row(b, RequestRow.PARTIALLY_GRANTED, 1, 0, 0, 0, 0, 0, 1);
        row(b, RequestRow.WITHHELD_THIRD_PARTY_RIGHTS, 0, 0, 0, 0, 1, 0, 1);
        row(b, RequestRow.UNABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1);
        row(b, RequestRow.NOT_PROCESSED_DUPLICATE, 1, 0, 0, 0, 0, 0, 1);
        row(b, RequestRow.HANDLED_TOTAL, 5, 1, 0, 0, 1, 0, 7);
        row(b, RequestRow.CARRIED_OUT, 1, 0, 0, 0, 0, 0, 1);
        return b.build();
    }

    static ReviewTable expectedReviews() {
        return new ReviewTable(outcomes(1, 0, 0, 1, 2), outcomes(0, 0, 0, 0, 0), outcomes(0, 0, 0, 1, 1));
    }

    private static ReviewOutcomes outcomes(long... v) {
        return new ReviewOutcomes(Cell.of(v[0]), Cell.of(v[1]), Cell.of(v[2]), Cell.of(v[3]), Cell.of(v[4]));
    }

    private static void row(RequestTable.Builder b, RequestRow row, long... v) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            b.set(row, c, Cell.of(v[c.ordinal()]));
        }
    }

    static byte[] bytes(String file) throws IOException {
        if (file.endsWith(".docx")) {
            return DocxFixtures.fromText(new String(bytes("base.txt"), java.nio.charset.StandardCharsets.UTF_8));
        }
        try (InputStream in = LayoutFixtureTests.class.getResourceAsStream("/layouts/" + file)) {
            return Objects.requireNonNull(in, file).readAllBytes();
        }
    }
}
