package cn.gongkai.server.publication;

/** 信息类别: the kinds of item the reports count (facts: 工作动态, 通知公告, 图片展示, 政策解读) and the statutory ones. */
public enum ItemKind {
    WORK_NEWS("工作动态"),
    NOTICE("通知公告"),
    PHOTO("图片展示"),
    POLICY_INTERPRETATION("政策解读"),
    /** 其他信息: what a township's report counts apart from news, notices and photos (普威镇 2025: 其他信息 6 条). */
    OTHER("其他信息"),
    /** 行政规范性文件 (Art. 20(1)); its validity register feeds 表二. */
    NORMATIVE_DOCUMENT("行政规范性文件"),
    /** Other 法定主动公开内容 of Art. 20/21. */
    STATUTORY("法定主动公开内容"),
    /** 政府信息公开制度: the organ's own disclosure rules (one of the four sub-columns). */
    DISCLOSURE_RULES("政府信息公开制度");

    private final String chinese;

    ItemKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
