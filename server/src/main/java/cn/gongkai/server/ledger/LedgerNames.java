package cn.gongkai.server.ledger;

import java.util.Map;
import static java.util.Map.entry;

/**
 * The Chinese names of what the ledger records: every action code any module writes (one map, so a
 * test can check that none is missing), the kinds of object, and the fields of the JSON states.
 * The codes stay English in the database (the hash chain covers them); only the pages translate.
 */
public final class LedgerNames {

    static final Map<String, String> ACTIONS = Map.ofEntries(
            entry("create", "新建信息"), entry("edit", "修改草稿"), entry("submit", "提交审核"), entry("approve", "审核通过"),
            entry("publish", "发布"), entry("return", "退回撰稿人"), entry("correct", "发起更正"), entry("withdraw", "撤回"),
            entry("attach", "上传附件"), entry("text-check-override", "文字检查提示确认后保留"),
            entry("validity-change", "变更效力状态"), entry("guide-change", "修改公开指南"),
            entry("word-list-add", "增加检查词"), entry("word-list-delete", "删除检查词"),
            entry("review-chain-change", "修改审核流程"), entry("single-reviewer-setting", "设置单人审核"),
            entry("single-reviewer-approve", "单人审核通过"),
            entry("bulk-publish", "批量发布（演示数据）"), entry("complaint-assign-organ", "投诉交由被投诉机关答复"),
            entry("complaint-reply", "答复投诉"), entry("complaint-reply-approve", "投诉答复审核通过"),
            entry("complaint-reply-return", "投诉答复退回修改"), entry("feedback-reply-draft", "拟定公众意见答复"),
            entry("letter-settings-change", "修改文书设置"), entry("request-history-import", "导入往年依申请公开案件"),
            entry("request-reply-edit", "修改答复书文字"),
            entry("request-letter-edit", "修改告知书文字"), entry("request-letter-approve", "审核通过告知书"),
            entry("identity-proof-upload", "上传申请人身份证明"), entry("identity-proof-view", "查看申请人身份证明"),
            entry("catalog-areas", "设置公开目录领域"), entry("catalog-entry-add", "增加公开目录事项"),
            entry("catalog-entry-delete", "删除公开目录事项"), entry("catalog-assign", "归入公开目录"),
            entry("catalog-note", "修改公开目录说明"),
            entry("request-receive", "登记依申请公开"), entry("personal-data-view", "查看申请人个人信息"),
            entry("request-correction", "通知补正"), entry("request-correction-received", "收到补正"),
            entry("request-extend", "延长答复期限"), entry("request-consult", "征求第三方意见"),
            entry("request-consult-end", "第三方意见征求结束"), entry("request-fee-notice", "通知缴纳信息处理费"),
            entry("request-fee-paid", "信息处理费已缴纳"), entry("request-decision-draft", "拟定答复"),
            entry("request-decision-approve", "答复审核通过"), entry("request-decision-return", "答复退回修改"),
            entry("request-send", "送达答复"), entry("request-to-proactive", "转为主动公开"),
            entry("review-case-add", "登记复议诉讼"), entry("review-case-decide", "记录复议诉讼结果"),
            entry("letter-template-change", "修改文书模板"), entry("letter-template-reset", "恢复默认文书模板"),
            entry("inspection-record", "记录检查问题"), entry("inspection-rectify", "报告整改"),
            entry("inspection-confirm", "确认整改"), entry("inspection-reopen", "重新要求整改"),
            entry("feedback-receive", "收到公众意见"), entry("feedback-assign", "分派公众意见"),
            entry("feedback-reply", "答复公众意见"), entry("assessment-issue", "发布月度考核"),
            entry("annual-report-save", "保存年度报告"), entry("annual-report-submit", "提交年度报告审核"),
            entry("annual-report-approve", "年度报告审核通过"), entry("annual-report-return", "退回年度报告"),
            entry("annual-report-import", "导入往年年度报告"), entry("calendar-year-replace", "更新节假日安排"),
            entry("permission-change", "变更权限"), entry("account-enable", "启用账号"), entry("account-disable", "停用账号"),
            entry("password-change", "修改密码"), entry("login", "登录"), entry("login-failed", "登录失败"),
            entry("ledger-keyed-chain-start", "台账启用密钥哈希链"),
            // writing and review (issue 16)
            entry("attachment-delete", "删除附件"), entry("attachment-describe", "修改附件替代文字和说明"),
            entry("word-import", "从文档导入草稿"), entry("correction-note", "填写更正说明"),
            entry("schedule", "终审通过并定时发布"), entry("scheduled-publish", "定时发布"),
            entry("schedule-cancel", "取消定时发布"),
            // accounts by the security administrator (issue 16)
            entry("account-create", "新建账号"), entry("password-reset", "重置密码"), entry("account-unlock", "解除账号登录锁定"),
            entry("login-address-unlock", "解除登录地址锁定"), entry("account-request-file", "提出账号变更申请"),
            entry("account-request-done", "办理账号变更申请"), entry("account-request-refuse", "不予办理账号变更申请"));

    static final Map<String, String> SUBJECTS = Map.ofEntries(
            entry("item", "信息"), entry("account", "账号"), entry("organ", "机关"), entry("request", "申请"),
            entry("review-case", "复议诉讼"), entry("letter-template", "文书模板"), entry("letter-settings", "文书设置"), entry("inspection", "检查问题"),
            entry("feedback", "公众意见"), entry("assessment", "月度考核"), entry("annual-report", "年度报告"),
            entry("word-list", "检查词"), entry("catalog-entry", "公开目录事项"), entry("calendar", "节假日安排"),
            entry("ledger", "台账"), entry("request-decision", "答复"), entry("account-request", "账号变更申请"), entry("login-address", "登录地址"));

    /**
     * Keys of the JSON states written by the publication module (LedgerJson) and the ledger itself; the
     * other modules bring theirs in their {@link LedgerVocabulary}. A digest's key names the check value
     * shown apart from the changes.
     */
    static final Map<String, String> FIELDS = Map.ofEntries(
            entry("status", "状态"), entry("step", "审核步骤"), entry("title", "标题"), entry("reason", "理由"),
            entry("kind", "类型"), entry("field", "位置"), entry("offset", "字符位置"), entry("attachment", "附件编号"),
            entry("file", "文件名"), entry("bytes", "字节数"), entry("sha256", "文件校验值"),
            entry("alt", "替代文字"), entry("caption", "图片说明"), entry("images", "图片数"), entry("tables", "表格数"),
            entry("publishAt", "定时发布时间"), entry("item", "信息编号"), entry("sha256Entries", "此前按旧方式链接的记录数"));

    /**
     * Stored values that are the ledger's own codes, or no module's: yes and no, and why a sign-in failed
     * (the class name of Spring Security's exception, written by {@link LoginRecorder}). The modules' codes
     * (states, outcomes, roles) are named in their {@link LedgerVocabulary}, from their enums.
     */
    static final Map<String, String> VALUES = Map.ofEntries(
            entry("true", "是"), entry("false", "否"), entry("item", "信息"),
            entry("BadCredentialsException", "用户名或密码错误"), entry("LockedException", "账号已锁定"),
            entry("DisabledException", "账号已停用"), entry("AccountExpiredException", "账号已过期"),
            entry("CredentialsExpiredException", "密码已过期"), entry("UsernameNotFoundException", "用户名或密码错误"),
            entry("AuthenticationServiceException", "认证服务出错"),
            entry("InternalAuthenticationServiceException", "认证服务出错"),
            entry("ProviderNotFoundException", "不支持的登录方式"), entry("OAuth2AuthenticationException", "统一身份认证未通过"),
            entry("InsufficientAuthenticationException", "身份认证不充分"), entry("SessionAuthenticationException", "会话数超过限制"));

    private LedgerNames() {
    }

    /** The Chinese name of an action; an unknown code (a test prevents it) is shown as 其他操作. */
    public static String action(String code) {
        return ACTIONS.getOrDefault(code, "其他操作");
    }

    public static String subject(String type) {
        return SUBJECTS.getOrDefault(type, "对象");
    }
}
