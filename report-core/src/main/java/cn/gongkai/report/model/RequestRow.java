package cn.gongkai.report.model;

/**
 * The 25 data rows of table 三 (收到和处理政府信息公开申请情况), in the national order, with the ids
 * of the JSON contract. {@link #isOutcome()} marks the 21 outcome rows that add up to
 * {@link #HANDLED_TOTAL}.
 */
public enum RequestRow {
    NEWLY_RECEIVED("newlyReceived", null, "一、本年新收政府信息公开申请数量"),
    CARRIED_IN("carriedIn", null, "二、上年结转政府信息公开申请数量"),
    GRANTED("granted", null, "（一）予以公开"),
    PARTIALLY_GRANTED("partiallyGranted", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET("withheldStateSecret", "（三）不予公开", "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW("withheldProhibitedByLaw", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    WITHHELD_SECURITY_STABILITY("withheldSecurityStability", "（三）不予公开", "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS("withheldThirdPartyRights", "（三）不予公开", "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS("withheldInternalAffairs", "（三）不予公开", "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION("withheldProcessInformation", "（三）不予公开", "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_FILES("withheldEnforcementFiles", "（三）不予公开", "7.属于行政执法案卷"),
    WITHHELD_INQUIRY_MATTER("withheldInquiryMatter", "（三）不予公开", "8.属于行政查询事项"),
    UNABLE_NOT_HELD("unableNotHeld", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    UNABLE_NEEDS_CREATION("unableNeedsCreation", "（四）无法提供", "2.没有现成信息需要另行制作"),
    UNABLE_STILL_UNCLEAR("unableStillUnclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    NOT_PROCESSED_COMPLAINT("notProcessedComplaint", "（五）不予处理", "1.信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE("notProcessedDuplicate", "（五）不予处理", "2.重复申请"),
    NOT_PROCESSED_PUBLICATION("notProcessedPublication", "（五）不予处理", "3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE("notProcessedExcessive", "（五）不予处理", "4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION("notProcessedConfirmation", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_CORRECTION_OVERDUE("otherCorrectionOverdue", "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID("otherFeeUnpaid", "（六）其他处理",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_HANDLING("otherHandling", "（六）其他处理", "3.其他"),
    HANDLED_TOTAL("handledTotal", null, "（七）总计"),
    CARRIED_OUT("carriedOut", null, "四、结转下年度继续办理");

    public static final int COUNT = 25;

    private final String id;
    private final String group;
    private final String label;

    RequestRow(String id, String group, String label) {
        this.id = id;
        this.group = group;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The merged group cell the row sits under (e.g. （三）不予公开), or null. */
    public String group() {
        return group;
    }

    /** The official row label. */
    public String label() {
        return label;
    }

    /** The label with its group, as a person would name the row in a message. */
    public String displayName() {
        return group == null ? label : group + label;
    }

    /** One of the 21 outcome rows summed by （七）总计. */
    public boolean isOutcome() {
        return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER_HANDLING.ordinal();
    }

    public static RequestRow fromId(String id) {
        for (RequestRow row : values()) {
            if (row.id.equals(id)) {
                return row;
            }
        }
        throw new IllegalArgumentException("unknown row id of table 三: " + id);
    }
}
