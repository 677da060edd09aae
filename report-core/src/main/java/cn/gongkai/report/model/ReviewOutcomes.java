package cn.gongkai.report.model;

import java.util.List;

/** One group of 表四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
public record ReviewOutcomes(Cell upheld, Cell corrected, Cell otherResult, Cell pending, Cell total) {

    /** Column ids of the JSON contract, in the national order. */
    public static final List<String> COLUMN_IDS = List.of("upheld", "corrected", "otherResult", "pending", "total");
    public static final List<String> COLUMN_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    public static ReviewOutcomes unknown() {
        return new ReviewOutcomes(Cell.unknown(), Cell.unknown(), Cell.unknown(), Cell.unknown(), Cell.unknown());
    }

    public static ReviewOutcomes of(List<Cell> five) {
        return new ReviewOutcomes(five.get(0), five.get(1), five.get(2), five.get(3), five.get(4));
    }

    public List<Cell> cells() {
        return List.of(upheld, corrected, otherResult, pending, total);
    }

    /** The four parts that add up to the total. */
    public List<Cell> parts() {
        return List.of(upheld, corrected, otherResult, pending);
    }
}
