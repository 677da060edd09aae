package cn.gongkai.report.diagnostic;

/** How serious a finding is; the JSON form uses the lower-case name. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String id;
    private final String chinese;

    Severity(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + id);
    }
}
