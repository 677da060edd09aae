package cn.gongkai.server.request;

/** How a request arrived, and which day counts as its receipt (Art. 31; 国办公开办函〔2015〕207号). */
public enum Channel {
    ONLINE("网上申请", "通过互联网渠道提交的，以双方确认之日为收到申请之日（平台即时确认：提交之日）"),
    COUNTER("当面提交", "当面提交的，以提交之日为收到申请之日"),
    POST_SIGNED("邮寄（需签收）", "邮寄方式提交的，以行政机关签收之日为收到申请之日"),
    POST_UNSIGNED("平常信函", "以平常信函等无需签收的方式提交的，以与申请人确认之日为收到申请之日"),
    FAX("传真", "通过传真提交的，以双方确认之日为收到申请之日"),
    EMAIL("电子邮件", "通过对外公布的申请邮箱提交的，以电子邮件系统接收之日为收到申请之日");

    private final String chinese;
    private final String receiptRule;

    Channel(String chinese, String receiptRule) {
        this.chinese = chinese;
        this.receiptRule = receiptRule;
    }

    public String chinese() {
        return chinese;
    }

    /** The rule that fixes the receipt date for this channel, shown where staff enter the date. */
    public String receiptRule() {
        return receiptRule;
    }

    /** Whether the date is one both sides confirmed, so the staff must note how it was confirmed. */
    public boolean needsConfirmation() {
        return this == POST_UNSIGNED || this == FAX;
    }
}
