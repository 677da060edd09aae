package cn.gongkai.report.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the report checker (Jazzer). In the ordinary test run they are left out; the build's
 * {@code fuzz-*} executions run each one in fuzzing mode for {@code fuzz.duration} (one fuzz test per JVM,
 * as Jazzer requires). Inputs that fail are written under src/test/resources/…/ReportFuzzTestsInputs and
 * then replayed by every run.
 */
class ReportFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void anyBytesGetAnAnswer(byte[] bytes) {
        ReportFuzzer.fuzzerTestOneInput(bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void aDamagedSeedReportGetsAnAnswer(FuzzedDataProvider data) {
        ReportFuzzer.mutatedSeed(data);
    }

    @FuzzTest(maxDuration = "30s")
    void aOneLineReportWithConcatenatedCellsGetsAnAnswer(FuzzedDataProvider data) {
        OneLineFuzzer.oneLine(data);
    }
}
