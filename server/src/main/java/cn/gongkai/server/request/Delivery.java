package cn.gongkai.server.request;

/** 获取信息的途径: how the applicant receives the information and the letters. */
public enum Delivery {
    POST("邮寄"), EMAIL("电子邮件"), PICK_UP("自行领取"), ONLINE("网上查看");

    private final String chinese;

    Delivery(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
