package cn.gongkai.report.model;

/** The seven data columns of table 三 (申请人情况), in the national order. */
public enum ApplicantColumn {
    NATURAL_PERSON("naturalPerson", "自然人"),
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
    RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
    PUBLIC_INTEREST_ORGANIZATION("publicInterestOrganization", "社会公益组织"),
    LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构"),
    OTHER_ORGANIZATION("otherOrganization", "其他"),
    TOTAL("total", "总计");

    private final String id;
    private final String label;

    ApplicantColumn(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The official header text. */
    public String label() {
        return label;
    }

    public static final int COUNT = 7;
}
