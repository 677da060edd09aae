package cn.gongkai.report.model;

/** 表四 政府信息公开行政复议、行政诉讼情况: three groups of five cells. */
public record ReviewTable(ReviewOutcomes reconsideration, ReviewOutcomes litigationDirect,
        ReviewOutcomes litigationAfterReconsideration) {

    public static ReviewTable unknown() {
        return new ReviewTable(ReviewOutcomes.unknown(), ReviewOutcomes.unknown(), ReviewOutcomes.unknown());
    }

    public ReviewOutcomes group(ReviewGroup group) {
        return switch (group) {
            case RECONSIDERATION -> reconsideration;
            case LITIGATION_DIRECT -> litigationDirect;
            case LITIGATION_AFTER_RECONSIDERATION -> litigationAfterReconsideration;
        };
    }
}
