package cn.gongkai.server.request;

/** 获取信息的方式 the applicant asks for (Art. 29(三), Art. 40). */
public enum FormWanted {
    PAPER("纸质文本"), EMAIL("电子邮件"), DISC("光盘等电子介质"), ON_SITE("当场查阅、抄录");

    private final String chinese;

    FormWanted(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
