package cn.gongkai.server.publication;

/** 有效性 of a normative document. */
public enum Validity {
    IN_FORCE("现行有效"),
    AMENDED("已修改"),
    REPEALED("已废止");

    private final String chinese;

    Validity(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
