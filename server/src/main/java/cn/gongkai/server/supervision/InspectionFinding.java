package cn.gongkai.server.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 检查发现的问题: one finding of the supervising office's inspection of an organ (Art. 47), with the
 * organ's rectification (整改) and the office's acceptance. One row of the 整改台账.
 */
public record InspectionFinding(long id, long organId, String number, LocalDate inspectedOn, Category category,
        String description, @Nullable String location, LocalDate rectifyBy, String recordedBy, Status status,
        @Nullable String rectification, @Nullable LocalDate rectifiedOn, @Nullable String rectifiedBy,
        @Nullable String reviewComment, @Nullable LocalDate confirmedOn, @Nullable String confirmedBy) {

    /** The kinds of problem inspections of township portals report (the seeds' 监督保障 sections). */
    public enum Category {
        STALE_CONTENT("信息更新不及时"),
        LEADERS_NOT_UPDATED("领导信息更新不及时"),
        BROKEN_LINK("链接失效"),
        IMAGE_NOT_SHOWN("图片不显示"),
        CONTENT_ERROR("内容错误或不规范"),
        MISSING_COLUMN("栏目缺失或为空"),
        STALE_GUIDE("指南未及时更新"),
        PERSONAL_DATA("泄露个人信息"),
        OTHER("其他");

        private final String chinese;

        Category(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** Where the finding stands. */
    public enum Status {
        OPEN("待整改"), RECTIFIED("已整改待确认"), CONFIRMED("整改完成");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** Still not rectified after its rectify-by day. */
    public boolean late(LocalDate today) {
        return status == Status.OPEN && today.isAfter(rectifyBy);
    }
}
