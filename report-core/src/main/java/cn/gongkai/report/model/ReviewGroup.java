package cn.gongkai.report.model;

/** The three groups of 表四, with their JSON names. */
public enum ReviewGroup {
    RECONSIDERATION("reconsideration", "行政复议"),
    LITIGATION_DIRECT("litigationDirect", "行政诉讼（未经复议直接起诉）"),
    LITIGATION_AFTER_RECONSIDERATION("litigationAfterReconsideration", "行政诉讼（复议后起诉）");

    private final String id;
    private final String label;

    ReviewGroup(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
