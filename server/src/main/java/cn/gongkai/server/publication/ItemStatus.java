package cn.gongkai.server.publication;

/** Where an item is in its life. */
public enum ItemStatus {
    /** 草稿: being written. */
    DRAFT("草稿"),
    /** 审核中: at a step of the review chain. */
    IN_REVIEW("审核中"),
    /** 已退回: a reviewer returned it with a comment; the drafter edits and submits again. */
    RETURNED("已退回"),
    /** 定时发布: approved by the last step, published by the scheduled job at its time. */
    SCHEDULED("待定时发布"),
    /** 已发布: on the portal. */
    PUBLISHED("已发布"),
    /** 已撤回: taken off the portal, with a reason. */
    WITHDRAWN("已撤回");

    private final String chinese;

    ItemStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
