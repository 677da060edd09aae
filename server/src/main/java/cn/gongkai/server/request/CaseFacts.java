package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What table 三 needs of one request: who asked, when it arrived, when and how it was closed. */
public record CaseFacts(ApplicantColumn applicant, LocalDate received, @Nullable LocalDate closed,
        @Nullable Outcome outcome) {

    public CaseFacts {
        if (applicant == ApplicantColumn.TOTAL) {
            throw new IllegalArgumentException("申请人类型不能是“总计”");
        }
        if ((closed == null) != (outcome == null)) {
            throw new IllegalArgumentException("办结的申请必须有办理结果，未办结的不能有");
        }
        if (closed != null && closed.isBefore(received)) {
            throw new IllegalArgumentException("办结日期早于收到日期");
        }
    }
}
