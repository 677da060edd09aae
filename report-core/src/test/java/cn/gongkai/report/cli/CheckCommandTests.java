package cn.gongkai.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command as a user runs it: files and folders, human output, JSON Lines, the CSV summary, exit codes. */
class CheckCommandTests {

    @TempDir
    Path dir;

    private Path seeds;

    @BeforeEach
    void copySeeds() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds/nested"));
        for (String s : List.of("000", "001", "002", "003", "004")) {
            Files.write((s.equals("004") ? seeds : seeds.getParent()).resolve(s + ".txt"), resource("/seeds/" + s + ".txt"));
        }
        Files.writeString(seeds.getParent().resolve("000.expected.json"), "{}"); // not a report file: skipped
        seeds = seeds.getParent();
    }

    @Test
    void humanOutputShowsEachFileItsTablesAndDiagnostics() {
        Run run = run("check", seeds.toString());
        assertThat(run.exit).as("001 and 003 lack the 其他 column: errors").isEqualTo(1);
        for (String s : List.of("000.txt", "001.txt", "002.txt", "003.txt", "004.txt")) {
            assertThat(run.out).contains(s);
        }
        assertThat(run.out).doesNotContain("expected.json");
        assertThat(run.out).contains("机关：米易县白坡彝族乡人民政府（township）  年度：2024  发布日期：2025-01-13");
        assertThat(run.out).contains("一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t—\t2");
        assertThat(run.out).contains("ORGAN-KIND-RESIDUE").contains("T3-MISSING-COLUMN").contains("NARRATIVE-PARTS");
        assertThat(run.out).doesNotContain("\u001b[").as("no colours when not on a terminal");
    }

    @Test
    void jsonLinesOnePerFileInTheContractForm() {
        Run run = run("check", "--json", seeds.toString());
        List<String> lines = run.out.lines().toList();
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            ReportJson.Parsed parsed = ReportJson.read(line);
            assertThat(parsed.report().source()).endsWith(".txt");
            assertThat(line).contains("\"format\":\"gongkai-annual-report/1\"").contains("\"rows\":{\"newlyReceived\":[");
        }
        assertThat(lines.get(2)).contains("\"organ\":\"米易县白坡彝族乡人民政府\"").contains("\"code\":\"ORGAN-KIND-RESIDUE\"");
        assertThat(lines.get(1)).contains("\"otherOrganization\"").contains("null");
    }

    @Test
    void summaryCsvHasOneRowPerFile() throws IOException {
        Path csv = dir.resolve("summary.csv");
        Run run = run("check", "--no-tables", "--summary", csv.toString(), seeds.toString());
        assertThat(run.exit).isEqualTo(1);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("\uFEFFfile,organ,year,errors,warnings,codes");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(3)).contains("002.txt").contains("米易县白坡彝族乡人民政府,2024,0,1,ORGAN-KIND-RESIDUE");
        assertThat(rows.get(2)).contains("高平镇人民政府,2025,1,2,");
    }

    @Test
    void aCleanReportExitsZero() throws IOException {
        Path clean = dir.resolve("clean.txt");
        Files.write(clean, resource("/layouts/base.txt"));
        Run run = run("check", clean.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("诊断：错误 0，警告 0，提示 0");
    }

    @Test
    void anUnreadableFileExitsTwo() throws IOException {
        Path garbage = seeds.resolve("garbage.pdf");
        Files.write(garbage, new byte[] {'%', 'P', 'D', 'F', '-', 0, 1, 2});
        Run run = run("check", "--no-tables", seeds.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("UNREADABLE");
    }

    @Test
    void noReportFilesIsAClearErrorNotACrash() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run run = run("check", empty.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("没有找到报告文件");
    }

    @Test
    void aFolderWithLastYearsReportOfTheSameOrganGetsTheCrossYearFindings() throws IOException {
        // base.txt (测试镇 2025) and the same text made a 2024 report: section 五's paragraph is the same both years.
        String current = new String(resource("/layouts/base.txt"), StandardCharsets.UTF_8);
        String previous = current.replace("2025", "2024").replace("2026年1月20日", "2025年1月20日");
        Path folder = Files.createDirectories(dir.resolve("two-years"));
        Files.writeString(folder.resolve("2025.txt"), current);
        Files.writeString(folder.resolve("2024.txt"), previous);
        Run run = run("check", "--json", folder.toString());
        String[] lines = run.out.strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).as("2024: no 2023 report in the folder").doesNotContain("COPY-FROM-LAST-YEAR");
        assertThat(lines[1]).contains("COPY-FROM-LAST-YEAR").contains("与 2024 年报告相同");
    }

    @Test
    void missingArgumentsShowUsage() {
        Run run = run("check");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("PATH");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = GongkaiCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CheckCommandTests.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
