package cn.gongkai.report.model;

/** The edition of the national report format a report follows. */
public enum TemplateEdition {
    /** 国办公开办函〔2021〕30号. */
    V2021("2021"),
    /** The earlier format of 国办公开办函〔2019〕60号. */
    V2019("2019"),
    UNKNOWN("unknown");

    private final String id;

    TemplateEdition(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static TemplateEdition fromId(String id) {
        for (TemplateEdition e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
