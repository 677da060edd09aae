package cn.gongkai.server.publication;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzz test of upload handling (Jazzer); run in fuzzing mode by the build's fuzz-upload execution. */
class UploadFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void anyUploadIsRefusedWithAMessageOrKeptUnderASafeName(FuzzedDataProvider data) {
        UploadFuzzer.fuzzerTestOneInput(data);
    }
}
