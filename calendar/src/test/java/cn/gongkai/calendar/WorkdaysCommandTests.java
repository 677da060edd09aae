package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai workdays} as staff and scripts use it. */
class WorkdaysCommandTests {

    @Test
    void printsTheDueDate() {
        Run r = run("--from", "2025-01-20", "--add", "20");
        assertThat(r.exit).isZero();
        assertThat(r.out).isEqualTo("2025-02-21\n");
        assertThat(r.err).isEmpty();
    }

    @Test
    void printsTheWorkingDaysBetween() {
        assertThat(run("--from", "2025-01-20", "--to", "2025-02-21").out).isEqualTo("20\n");
    }

    @Test
    void aProvisionalResultSaysSoOnStandardError() {
        Run r = run("--from", "2026-12-20", "--add", "20");
        // 20 working days from Sunday 2026-12-20, 元旦 2027 off by its fixed date: Monday 18 Jan (hand count
        // in WorkingDayCalendarTests).
        assertThat(r.out).isEqualTo("2027-01-18\n");
        assertThat(r.err).contains("暂定").contains("2027");
    }

    @Test
    void badInputIsExplained() {
        Run bad = run("--from", "2025-13-01", "--add", "20");
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err).contains("--from 的日期“2025-13-01”无效，应为 yyyy-MM-dd");
        assertThat(run("--from", "2025-01-20").exit).isEqualTo(2);
        assertThat(run("--from", "2025-01-20", "--add", "3", "--to", "2025-02-01").exit).isEqualTo(2);
    }

    @Test
    void anotherDataFileCanBeUsedAndIsChecked(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("h.csv");
        Files.writeString(good, "date,kind,holiday,notice_year\n2025-01-21,off,测试,2025\n");
        assertThat(run("--from", "2025-01-20", "--add", "1", "--data", good.toString()).out).isEqualTo("2025-01-22\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,kind,holiday,notice_year\n2025-01-21,of,测试,2025\n");
        Run r = run("--from", "2025-01-20", "--add", "1", "--data", bad.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("第 2 行第 2 列");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = WorkdaysCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
