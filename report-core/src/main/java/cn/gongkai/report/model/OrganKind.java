package cn.gongkai.report.model;

/** 机关类别: the kind of organ that publishes a report; the JSON form uses {@link #id()}. */
public enum OrganKind {
    /** 县级人民政府 (and higher-level governments' own reports). */
    COUNTY("county"),
    /** 镇、乡、民族乡人民政府. */
    TOWNSHIP("township"),
    /** 街道办事处. */
    SUBDISTRICT("subdistrict"),
    /** 县级以上人民政府部门. */
    DEPARTMENT("department"),
    OTHER("other");

    private final String id;

    OrganKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static OrganKind fromId(String id) {
        for (OrganKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return OTHER;
    }

    /**
     * Tells the kind from an organ's name by its last administrative suffix, so that
     * 米易县普威镇人民政府 is a township although 县 also occurs in it.
     */
    public static OrganKind fromOrganName(String organ) {
        String name = withoutSpace(organ);
        if (name.endsWith("街道办事处") || name.endsWith("街道")) {
            return SUBDISTRICT;
        }
        String core = name.endsWith("人民政府") ? name.substring(0, name.length() - 4) : name;
        if (core.endsWith("镇") || core.endsWith("乡") || core.endsWith("苏木")) { // 苏木: a township of 内蒙古
            return TOWNSHIP;
        }
        if (name.endsWith("人民政府") && (core.endsWith("县") || core.endsWith("区") || core.endsWith("市")
                || core.endsWith("旗") || core.endsWith("省") || core.endsWith("自治州"))) {
            return COUNTY;
        }
        if (endsLikeDepartment(name)) {
            return DEPARTMENT;
        }
        return OTHER;
    }

    private static final String[] DEPARTMENT_ENDINGS = {"局", "委员会", "办公室", "委", "办", "厅", "署", "中心", "院", "所"};

    /**
     * What {@code name.matches(".*(局|委员会|办公室|委|办|厅|署|中心|院|所)$")} says, without compiling that regex on
     * every check: one of the endings, and no line terminator before it (which {@code .} does not match).
     */
    private static boolean endsLikeDepartment(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        for (String ending : DEPARTMENT_ENDINGS) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.replaceAll("\\s+", "")}: the regex's white space (ASCII) removed. */
    private static String withoutSpace(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (space && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
