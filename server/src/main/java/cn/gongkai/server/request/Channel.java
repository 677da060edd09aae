package cn.gongkai.server.request;

/**
 * How a request arrived, and which day counts as its receipt (Art. 31). Art. 31(三) puts e-mail with
 * the other internet channels: the receipt date is the day both sides confirm (双方确认之日), not the
 * day the mail system received it (国办公开办函〔2015〕207号 under the old 条例 said the latter). Which
 * channels need a confirmation is a setting ({@code gongkai.requests.confirmed-channels}).
 */
public enum Channel {
    ONLINE("网上申请", "通过互联网渠道提交的，以双方确认之日为收到申请之日（平台即时确认：提交之日）"),
    COUNTER("当面提交", "当面提交的，以提交之日为收到申请之日"),
    POST_SIGNED("邮寄（需签收）", "邮寄方式提交的，以行政机关签收之日为收到申请之日"),
    POST_UNSIGNED("平常信函", "以平常信函等无需签收的方式提交的，以与申请人确认之日为收到申请之日"),
    FAX("传真", "通过传真提交的，以双方确认之日为收到申请之日"),
    EMAIL("电子邮件", "通过互联网渠道（含电子邮件）提交的，以双方确认之日为收到申请之日");

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

    /** The default of {@code gongkai.requests.confirmed-channels}: Art. 31(二) 平常信函, 31(三) 传真、互联网. */
    public static final String CONFIRMED_BY_DEFAULT = "POST_UNSIGNED,FAX,EMAIL";

    /** The channels of a {@code confirmed-channels} setting; a wrong name stops the start with a clear message. */
    public static java.util.Set<Channel> parse(String setting) {
        java.util.Set<Channel> set = java.util.EnumSet.noneOf(Channel.class);
        for (String part : setting.split(",")) {
            if (!part.isBlank()) {
                try {
                    set.add(valueOf(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("gongkai.requests.confirmed-channels 中的“" + part.strip()
                            + "”不是提交方式，可选：COUNTER、POST_SIGNED、POST_UNSIGNED、FAX、EMAIL");
                }
            }
        }
        return set;
    }
}
