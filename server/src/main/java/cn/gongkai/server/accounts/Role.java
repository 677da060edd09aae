package cn.gongkai.server.accounts;

/** The roles of the platform, with their Chinese names. */
public enum Role {
    /** 撰稿: writes drafts. */
    DRAFTER("撰稿"),
    /** 初审 (科室初审): first review, records the confidentiality attestation. */
    FIRST_REVIEWER("初审"),
    /** 复核 (分管领导复核). */
    SECOND_REVIEWER("复核"),
    /** 终审 (主要领导终审). */
    FINAL_REVIEWER("终审"),
    /** 机关管理员: manages its organ's accounts, columns and review chain. */
    ORGAN_ADMIN("机关管理员"),
    /** 县级监督（政务公开办）: sees every organ of the county. */
    COUNTY_SUPERVISOR("县级监督"),
    /** 系统管理员 (三员之一): runs the system, sees no content. */
    SYSTEM_ADMIN("系统管理员"),
    /** 安全管理员 (三员之一): grants roles. */
    SECURITY_ADMIN("安全管理员"),
    /** 审计管理员 (三员之一): reads the ledger. */
    AUDIT_ADMIN("审计管理员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
