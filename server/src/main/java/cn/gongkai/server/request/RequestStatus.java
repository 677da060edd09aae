package cn.gongkai.server.request;

/** Where a request is in its handling. */
public enum RequestStatus {
    OPEN("办理中"),
    AWAITING_CORRECTION("等待补正"),
    CONSULTING("征求意见中"),
    AWAITING_REASONS("等待说明理由"),
    AWAITING_FEE("等待缴费"),
    DECISION_IN_REVIEW("答复审核中"),
    DECISION_APPROVED("答复待送达"),
    CLOSED("已办结");

    private final String chinese;

    RequestStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
