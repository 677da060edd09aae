package cn.gongkai.server.request;

import cn.gongkai.report.model.ReviewGroup;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reconsideration or lawsuit about the organ's disclosure work (table 四), linked to a request when
 * there is one.
 *
 * @param result  null while 尚未审结
 * @param decided the day the result was given; null while pending
 */
public record ReviewCase(long id, long organId, @Nullable Long requestId, ReviewGroup group, LocalDate filedOn,
        String body, @Nullable Result result, @Nullable LocalDate decided) {

    /** The result of a decided case. */
    public enum Result {
        UPHELD("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果");

        private final String chinese;

        Result(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public ReviewCase {
        if ((result == null) != (decided == null)) {
            throw new IllegalArgumentException("审结的案件要有结果和审结日期，尚未审结的两者都不填");
        }
        if (decided != null && decided.isBefore(filedOn)) {
            throw new IllegalArgumentException("审结日期早于申请或起诉日期");
        }
    }
}
