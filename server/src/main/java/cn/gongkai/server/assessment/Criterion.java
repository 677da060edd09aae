package cn.gongkai.server.assessment;

/** What the monthly assessment scores, in the bulletin's column order. */
public enum Criterion {
    PUBLISHING("信息发布"),
    STATUTORY("法定信息按时公开"),
    REQUESTS("依申请按期答复"),
    FEEDBACK("投诉建议按期答复"),
    LINKS("链接与附件有效"),
    GUIDE("公开指南及时更新"),
    RECTIFICATION("检查问题按期整改");

    private final String chinese;

    Criterion(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
