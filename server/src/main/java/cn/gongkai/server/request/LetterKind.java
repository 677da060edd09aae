package cn.gongkai.server.request;

/** The letters of the procedure (告知书/答复书), each produced from a template filled from the case. */
public enum LetterKind {
    ACKNOWLEDGEMENT("政府信息公开申请登记回执"),
    CORRECTION_REQUEST("补正申请告知书"),
    EXTENSION_NOTICE("延期答复告知书"),
    THIRD_PARTY_CONSULTATION("征求第三方意见书"),
    /** Art. 34: to another organ that made the information jointly (not a third party of Art. 32). */
    ORGAN_CONSULTATION("征求意见函"),
    /** Art. 35: the applicant is asked to state reasons for a great number of requests. */
    REASONS_REQUEST("说明理由告知书"),
    THIRD_PARTY_DISCLOSURE_NOTICE("决定公开告知书（第三方）"),
    FEE_NOTICE("信息处理费收费通知书"),
    REPLY("政府信息公开申请答复书");

    private final String title;

    LetterKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
