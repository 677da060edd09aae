package cn.gongkai.server.workspace;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for the signed-in person (待办), with its deadline when it has one and the page where
 * the work is done.
 *
 * @param deadlineNote how the deadline stands in words ("剩 3 个工作日", "已逾期 2 天"), empty without one
 */
public record Todo(String title, String detail, @Nullable LocalDate deadline, String deadlineNote, boolean overdue,
        String link) {

    /** "期限 2025年10月16日（剩 3 天）", or the note alone without a deadline. */
    public String deadlineText() {
        if (deadline == null) {
            return deadlineNote;
        }
        return "期限 " + cn.gongkai.server.shared.ChineseDates.of(deadline)
                + (deadlineNote.isEmpty() ? "" : "（" + deadlineNote + "）");
    }

    /** A kind of work (退回的稿件, 待审核的信息, …) and its entries, most urgent first. */
    public record Group(String name, List<Todo> entries) {

        public int count() {
            return entries.size();
        }
    }
}
