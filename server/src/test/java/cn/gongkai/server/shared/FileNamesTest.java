package cn.gongkai.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names browsers send, made safe to show, store and put in a download header. */
class FileNamesTest {

    @Test
    void onlyTheLastSegmentOfAPathIsKept() {
        assertThat(FileNames.lastSegment("C:\\Users\\张三\\桌面\\方案.pdf")).isEqualTo("方案.pdf");
        assertThat(FileNames.lastSegment("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.lastSegment("..")).isEqualTo("..");
        assertThat(FileNames.lastSegment(null)).isEmpty();
    }

    @Test
    void invisibleAndLineBreakingCharactersAreRemoved() {
        // U+0085 (NEL) is a C1 control the ASCII-only \p{Cntrl} let through (found by UploadFuzzTests).
        assertThat(FileNames.lastSegment("E\u0085E.gif")).isEqualTo("EE.gif");
        // U+202E would make “报告\u202Efdp.exe” look like “报告exe.pdf”.
        assertThat(FileNames.lastSegment("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
        assertThat(FileNames.lastSegment("a\u2028b\r\n\"c\".pdf")).isEqualTo("abc.pdf");
    }

    @Test
    void longNamesKeepTheirEnd() {
        String name = "很".repeat(300) + ".pdf";
        assertThat(FileNames.lastSegment(name)).hasSize(FileNames.MAX_LENGTH).endsWith("很很.pdf");
    }
}
