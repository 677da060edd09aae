package cn.gongkai.report.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer itself, on the clean base report (layouts/base.txt) against expectations written here: a right
 * row, a row with one wrong figure, a blank that was read as a value, and a table the file is said not to state.
 */
class CorpusScorerTests {

    @TempDir
    Path dir;

    @Test
    void rightUnknownAndWrongAreCountedAsAPersonWould() throws IOException {
        CheckResult base;
        try (InputStream in = CorpusScorerTests.class.getResourceAsStream("/layouts/base.txt")) {
            base = ReportChecker.builder().build().check(Objects.requireNonNull(in).readAllBytes(), "base.txt");
        }
        // base.txt: 一 本年新收 5 1 0 0 1 0 7; （一）予以公开 2 1 0 0 0 0 3; 表四 is stated in the file.
        Path sidecar = dir.resolve("base.expected.json");
        Files.writeString(sidecar, """
                {"class": "test", "organ": "米易县测试镇人民政府", "year": 2025, "publishedOn": "2026-01-21",
                 "requests": {"newlyReceived": [5, 1, 0, 0, 1, 0, 7], "granted": [null, 1, 0, 0, 0, 0, 4]},
                 "notStated": ["reviews"], "codes": ["SECTION-MISSING"], "notCodes": ["UNREADABLE"]}
                """);
        FileScore s = CorpusScorer.score("base.txt", Expected.read(sidecar), base);
        // newlyReceived: 7 right. granted: naturalPerson stated blank but read 2 (wrong), total 4 read 3 (wrong),
        // the other 5 right. 表四 “not stated” but its 15 cells are read: 15 invented, so wrong.
        assertThat(s.right).isEqualTo(7 + 5);
        assertThat(s.unknown).isZero();
        assertThat(s.wrong).isEqualTo(2 + 15);
        assertThat(s.wrongCells).contains("base.txt 表三 granted/naturalPerson：应为 空白（未知），读出 2",
                "base.txt 表三 granted/total：应为 4，读出 3");
        // Organ and year right; the date is 2026-01-20 in the file, not 2026-01-21.
        assertThat(s.metaRight).isEqualTo(2);
        assertThat(s.metaStated).isEqualTo(3);
        assertThat(s.codeMisses).containsExactly("base.txt 缺少 SECTION-MISSING");
    }
}
