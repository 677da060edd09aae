package cn.gongkai.server.annualreport;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A submitted version of a report; {@code reportJson} is the report as submitted (and, once published, as published).
 * {@code imported}: a report published before the platform, in review or imported; its {@code publishedOn} is its own.
 */
public record ReportVersion(long id, long organId, int year, int version, Status status, int reviewStep, String reportJson,
        @Nullable LocalDate publishedOn, String submittedBy, boolean imported) {

    /** Where the version is. */
    public enum Status {
        IN_REVIEW("审核中"), PUBLISHED("已发布"), SUPERSEDED("已被新版本取代"), RETURNED("已退回"),
        /** A report published before the platform, imported from its file (年报体检). */
        IMPORTED("历史导入");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}
