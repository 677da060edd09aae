package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gongkai report} as a person runs it: its own JVM (the launcher in GongkaiApplication.main) in a
 * fresh directory, so on a new database (migrated, demo county made). The terminal shows Chinese only — no
 * Spring, Flyway, H2 or openhtmltopdf log line — and the exit code is the web editor's verdict.
 */
class ReportCliTests {

    record Run(int exit, String out, String err) {
    }

    private static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", mainClassPath(), "cn.gongkai.server.GongkaiApplication", "report"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("./gongkai report did not finish in 180 s");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    /** The application's class path as the jar has it: without the tests' classes (their clocks and fixtures). */
    private static String mainClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator)).filter(e -> !e.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Every line the person sees is Chinese text (a figure or file name may sit in it), none a log line. */
    private static void assertChineseOnly(String err) {
        for (String line : err.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            assertThat(line).as("stderr line").matches(".*\\p{IsHan}.*")
                    .doesNotContainPattern("\\b(INFO|WARN|WARNING|DEBUG|ERROR)\\b").doesNotContain("Exception");
        }
    }

    @Test
    void aDraftThatCannotBePublishedIsWrittenWithItsFindingsInChineseAndExitCodeOne(@TempDir Path dir) throws Exception {
        // The demo county's report for the running year (the command runs on the real clock): table 二's
        // figures and the prose are not entered yet and the year has not ended, so the editor would refuse to
        // publish it — the command says so and exits 1.
        Run r = run(dir, "--organ", "普威镇", "--year", String.valueOf(java.time.Year.now().getValue()), "--format", "md");
        assertThat(r.exit()).isEqualTo(1);
        // 2025 is the seed year the demo publishes complete: publishable as it stands, exit 0.
        assertThat(run(dir, "--organ", "普威镇", "--year", "2025", "--format", "md").exit()).isEqualTo(0);
        assertThat(r.out()).startsWith("# 米易县普威镇人民政府").contains("（一）主动公开。").contains("申请人情况");
        assertThat(r.err()).contains("核对：").contains("未填 表二 行政许可 本年处理决定数量").contains("暂不能发布");
        assertChineseOnly(r.err());
    }
    // Exit code 2 (bad arguments) is tested in-process by ReportCommandTests: a second JVM here would add ~30 s.
}
