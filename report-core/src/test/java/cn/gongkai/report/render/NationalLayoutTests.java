package cn.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.document.PdfWriter;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.parse.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The round trip of the five townships' real reports (the seeds' figures): each written in every format
 * reads back through the checker to the same tables, and the checker finds nothing in the written files
 * that it does not find in the report itself — no CELL-MISSING, SIGNATURE-MISSING or LABEL-DEVIATION
 * caused by our own layout. The files are kept in target/layout/ for a person to open.
 */
class NationalLayoutTests {

    static final Path OUT = Path.of("target", "layout");
    private static final ReportChecker CHECKER = ReportChecker.builder().build();

    /** What the checker finds in a seed's own text (its real errors: residue of other reports, missing parts). */
    static CheckResult seedChecked(String seed) throws IOException {
        try (InputStream in = Objects.requireNonNull(NationalLayoutTests.class.getResourceAsStream("/seeds/" + seed + ".txt"))) {
            return CHECKER.check(in.readAllBytes(), seed + ".txt");
        }
    }

    /**
     * A seed's figures as the platform would publish them: every cell known (a blank in the real report —
     * 普威镇's five 行政复议 cells, the 其他 column that 高平镇 and 小铺镇 left out — is 0 there: the totals of
     * those reports equal the sum of the columns they printed) and dated (the sign-off).
     */
    static AnnualReport seedReport(String seed) throws IOException {
        AnnualReport r = seedChecked(seed).report();
        RequestTable.Builder requests = RequestTable.builder();
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                requests.set(row, c, known(r.requests().get(row, c)));
            }
        }
        ReviewTable reviews = new ReviewTable(known(r.reviews().reconsideration()), known(r.reviews().litigationDirect()),
                known(r.reviews().litigationAfterReconsideration()));
        ProactiveTable p = r.proactive();
        ProactiveTable proactive = new ProactiveTable(known(p.rules()), known(p.normativeDocuments()), known(p.licensing()),
                known(p.penalty()), known(p.coerciveMeasure()),
                p.administrativeFees() == null ? java.math.BigDecimal.ZERO : p.administrativeFees());
        return new AnnualReport(null, r.organ(), r.organKind(), r.year(),
                r.publishedOn() != null ? r.publishedOn() : LocalDate.of(r.year() + 1, 1, 20), r.templateEdition(), proactive,
                requests.build(), reviews, r.sections(), r.narrative());
    }

    private static Cell known(Cell c) {
        return c.known() ? c : Cell.of(0);
    }

    private static ReviewOutcomes known(ReviewOutcomes o) {
        return ReviewOutcomes.of(o.cells().stream().map(NationalLayoutTests::known).toList());
    }

    private static DocumentCounts known(DocumentCounts d) {
        return new DocumentCounts(known(d.issued()), known(d.repealed()), known(d.inForce()));
    }

    /** Findings that only a layout could cause when every figure is known and the report is dated. */
    static final Set<String> LAYOUT_CODES = Set.of("CELL-MISSING", "CELL-INFERRED", "SIGNATURE-MISSING", "LABEL-DEVIATION",
            "T3-MISSING-COLUMN", "SECTION-MISSING");

    static Set<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + "@" + d.location().table() + "/" + d.location().row() + "/"
                + d.location().column()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyFormatReadsBackToTheSameTablesWithoutLayoutDiagnostics(String seed) throws IOException {
        AnnualReport r = seedReport(seed);
        // What the checker says of the report itself (no file, no layout): the only findings allowed back.
        CheckResult itself = CHECKER.validate(r, SourceMap.compiled(), null);
        Set<String> allowed = new java.util.HashSet<>(codes(itself.diagnostics()));
        seedChecked(seed).diagnostics().stream().filter(d -> !LAYOUT_CODES.contains(d.code()))
                .forEach(d -> allowed.addAll(codes(List.of(d))));
        Files.createDirectories(OUT);
        for (String format : List.of("md", "html", "docx", "pdf")) {
            byte[] bytes = switch (format) {
                case "md" -> TextRenderer.render(r).getBytes(StandardCharsets.UTF_8);
                case "html" -> HtmlRenderer.render(r).getBytes(StandardCharsets.UTF_8);
                case "docx" -> DocxRenderer.render(r);
                default -> {
                    if (!PdfWriter.fontInstalled()) {
                        Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI must have the fonts");
                        yield null;
                    }
                    yield new PdfWriter(null).render(HtmlRenderer.printable(r));
                }
            };
            if (bytes == null) {
                continue;
            }
            Files.write(OUT.resolve(seed + "." + format), bytes);
            CheckResult back = CHECKER.check(bytes, seed + "." + format);
            assertThat(back.report().proactive()).as("表二 of %s.%s", seed, format).isEqualTo(r.proactive());
            assertThat(back.report().requests()).as("表三 of %s.%s", seed, format).isEqualTo(r.requests());
            assertThat(back.report().reviews()).as("表四 of %s.%s", seed, format).isEqualTo(r.reviews());
            assertThat(back.report().publishedOn()).as("sign-off date of %s.%s", seed, format).isEqualTo(r.publishedOn());
            assertThat(back.diagnostics()).as("layout findings in %s.%s", seed, format)
                    .noneMatch(d -> LAYOUT_CODES.contains(d.code()));
            assertThat(codes(back.diagnostics())).as("diagnostics of %s.%s beyond the report's own", seed, format)
                    .isSubsetOf(allowed);
        }
    }
}
