package cn.gongkai.report.model;

/** The six sections of the 2021 national format, in order. */
public enum Section {
    OVERVIEW("一", "总体情况"),
    PROACTIVE("二", "主动公开政府信息情况"),
    REQUESTS("三", "收到和处理政府信息公开申请情况"),
    REVIEWS("四", "政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("五", "存在的主要问题及改进情况"),
    OTHER_MATTERS("六", "其他需要报告的事项");

    private final String numeral;
    private final String title;

    Section(String numeral, String title) {
        this.numeral = numeral;
        this.title = title;
    }

    /** The Chinese ordinal used in headings and in diagnostics' {@code section} field. */
    public String numeral() {
        return numeral;
    }

    public String title() {
        return title;
    }

    public String heading() {
        return numeral + "、" + title;
    }
}
