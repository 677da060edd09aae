package cn.gongkai.server.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A recorded step of a request: its clock event, with who recorded it, when, and why. */
public record RequestEvent(long id, long requestId, ClockEvent.Kind kind, LocalDate on, int days, @Nullable String note,
        String by, OffsetDateTime at) {

    public ClockEvent clockEvent() {
        return new ClockEvent(kind, on, days);
    }

    public String chinese() {
        return switch (kind) {
            case RECEIVED -> "收到申请";
            case CORRECTION_REQUESTED -> "发出补正告知（补正期限 " + days + " 个工作日）";
            case CORRECTION_RECEIVED -> "收到补正，答复期限重新起算";
            case EXTENDED -> "延期答复 " + days + " 个工作日（经工作机构负责人同意）";
            case CONSULTATION_STARTED -> "发出征求第三方意见书（第三十二条），期间不计入答复期限";
            case CONSULTATION_ENDED -> "第三方意见收到或期满，恢复计时";
            case ORGAN_CONSULTATION_STARTED -> "发出征求其他机关意见函（第三十四条），期间不计入答复期限";
            case ORGAN_CONSULTATION_ENDED -> "其他机关意见收到或期满（逾期视为同意公开），恢复计时";
            case REASONS_REQUESTED -> "要求申请人说明理由（第三十五条，期限 " + days + " 个工作日）";
            case REASONS_RECEIVED -> "收到申请人说明的理由";
            case FEE_NOTICE_SENT -> "发出收费通知";
            case FEE_PAID -> "申请人已缴费，恢复计时";
            case DECIDED -> "答复已送达，办结";
        };
    }
}
