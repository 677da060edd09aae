package cn.gongkai.server.notification;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.CaseView;
import cn.gongkai.server.request.PersonalDataCipher;
import cn.gongkai.server.request.RequestService;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells an applicant (依申请公开) or a writer of a complaint or suggestion (投诉建议) who gave an e-mail address
 * that his case changed state: registered, asked to correct or to give reasons, extended, consulted, fee
 * notice, answered and closed; received, given to the organ complained about, answered. The mail names the
 * step, the number and the deadline that now runs, and greets the applicant by the name she gave; it carries
 * nothing else of the case (not what was asked, no identity number): the status page shows the rest to the
 * holder of the query code. The address is read from the encrypted fields the request and feedback features keep.
 */
@Component
@Order(3)
class CaseChanged implements Reaction {

    /** The steps an applicant hears of, in her words. */
    static final Map<String, String> REQUEST_STEPS = Map.ofEntries(Map.entry("request-receive", "已登记"),
            Map.entry("request-correction", "需要补正"), Map.entry("request-correction-received", "已收到补正"),
            Map.entry("request-extend", "答复期限延长"), Map.entry("request-consult", "正在征求第三方意见"),
            Map.entry("request-consult-organ", "正在征求有关机关意见"), Map.entry("request-consult-end", "征求意见结束"),
            Map.entry("request-reasons", "需要说明理由"), Map.entry("request-reasons-received", "已收到说明的理由"),
            Map.entry("request-fee-notice", "需要缴纳信息处理费"), Map.entry("request-fee-paid", "已收到信息处理费"),
            Map.entry("request-send", "已答复，办理结束"));
    static final Set<String> FEEDBACK_STEPS = Set.of("feedback-receive", "complaint-assign-organ", "feedback-reply",
            "complaint-reply", "complaint-reply-approve");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final RequestService requests;
    private final FeedbackService feedback;
    private final Organs organs;

    CaseChanged(JdbcClient jdbc, PersonalDataCipher cipher, Outbox outbox, RequestService requests, FeedbackService feedback,
            Organs organs) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.outbox = outbox;
        this.requests = requests;
        this.feedback = feedback;
        this.organs = organs;
    }

    @Override
    public void react(Action a, Set<String> told) {
        String step = REQUEST_STEPS.get(a.action());
        if (step != null) {
            requests.byNumber(a.subjectId()).ifPresent(view -> applicantEmail(a.subjectId())
                    .filter(to -> told.add("applicant " + a.subjectId() + " " + a.action()))
                    .ifPresent(to -> outbox.add(Outbox.Channel.EMAIL, to,
                            "您的政府信息公开申请 " + a.subjectId() + "：" + step, requestBody(a.action(), step, view), null)));
        } else if (FEEDBACK_STEPS.contains(a.action())) {
            feedback.byNumber(a.subjectId()).ifPresent(f -> complainantEmail(a.subjectId())
                    .filter(to -> told.add("writer " + a.subjectId() + " " + a.action()))
                    .ifPresent(to -> outbox.add(Outbox.Channel.EMAIL, to,
                            "您的" + f.kind().chinese() + " " + f.number() + "：" + feedbackStep(a.action()),
                            feedbackBody(a.action(), f), null)));
        }
    }

    private String requestBody(String action, String step, CaseView view) {
        var r = view.request();
        var clock = view.clock();
        String organ = organs.byId(r.organId()).map(o -> o.name()).orElse("本机关");
        StringBuilder b = new StringBuilder(r.applicantName()).append("，您好：\n\n您向").append(organ)
                .append("提出的政府信息公开申请（编号 ").append(r.requestNumber()).append("）").append(step).append("。\n");
        switch (action) {
            case "request-receive" -> b.append("收到日期：").append(Mails.date(r.receivedOn())).append("\n");
            case "request-correction" -> b.append("请按补正告知书的要求补正")
                    .append(clock.correctionDue() == null ? "" : "，补正期限：" + Mails.date(clock.correctionDue()))
                    .append("。答复期限自收到补正之日起重新计算（《条例》第三十条）。\n");
            case "request-consult", "request-consult-organ" ->
                    b.append("征求意见所需时间不计算在答复期限内（《条例》第三十二条、第三十四条）。\n");
            case "request-reasons" -> b.append("请按告知书的要求在期限内说明理由（《条例》第三十五条）。\n");
            case "request-fee-notice" -> b.append("收费金额：").append(r.feeAmount() == null ? "见缴费通知书" : r.feeAmount() + " 元")
                    .append(clock.feePayBy() == null ? "" : "，缴费期限：" + Mails.date(clock.feePayBy()))
                    .append("。缴费期间不计算在答复期限内。\n");
            case "request-send" -> b.append("答复结果：").append(r.outcome() == null ? "见答复书" : r.outcome().label())
                    .append("。答复书已按您选择的方式送达。\n");
            default -> {
                // the deadline below says the rest
            }
        }
        if (!action.equals("request-send") && clock.deadline() != null) {
            b.append("答复期限：").append(Mails.date(clock.deadline().date()))
                    .append(clock.deadline().provisional() ? "（暂定：该年节假日安排尚未公布）" : "")
                    .append(clock.paused() ? "（目前暂停计算，恢复后顺延）" : "").append("\n");
        }
        return b.append("\n请凭申请编号和查询码查看详情：").append(outbox.site()).append("/apply/status\n")
                .append(Mails.PUBLIC_FOOTER).toString();
    }

    private static String feedbackStep(String action) {
        return switch (action) {
            case "feedback-receive" -> "已收到";
            case "complaint-assign-organ" -> "已交由被投诉机关拟定答复";
            default -> "已答复";
        };
    }

    private String feedbackBody(String action, Feedback f) {
        String kind = f.kind().chinese();
        StringBuilder b = new StringBuilder("您好：\n\n您提交的").append(kind).append("（编号 ").append(f.number()).append("）")
                .append(feedbackStep(action)).append("。\n");
        switch (action) {
            case "feedback-receive" -> b.append("收到日期：").append(Mails.date(f.receivedOn())).append("\n答复期限：")
                    .append(Mails.date(f.dueOn())).append(f.supervised() ? "\n投诉由监督机关办理（《条例》第五十一条）。" : "").append("\n");
            case "complaint-assign-organ" -> b.append("答复经监督机关审核后发出。\n答复期限：").append(Mails.date(f.dueOn())).append("\n");
            default -> b.append("答复日期：").append(f.repliedOn() == null ? "" : Mails.date(f.repliedOn())).append("\n");
        }
        return b.append("\n请凭编号和查询码查看").append(f.answered() ? "答复" : "办理情况").append("：").append(outbox.site())
                .append("/feedback/status\n").append(Mails.PUBLIC_FOOTER).toString();
    }

    /** The e-mail field of the applicant's contact (V47), else the free-text contact when it is an address. */
    private Optional<String> applicantEmail(String requestNumber) {
        Optional<String> field = jdbc.sql("""
                SELECT c.email_enc FROM applicant_contact c JOIN disclosure_request r ON r.id = c.request_id
                WHERE r.request_number = :n""").param("n", requestNumber).query(String.class).optional()
                .filter(s -> s != null).map(cipher::decrypt);
        if (field.isPresent()) {
            return field;
        }
        return jdbc.sql("SELECT contact_enc FROM disclosure_request WHERE request_number = :n").param("n", requestNumber)
                .query(String.class).optional().map(this::emailIn);
    }

    private Optional<String> complainantEmail(String number) {
        return jdbc.sql("SELECT contact_enc FROM feedback WHERE feedback_number = :n").param("n", number)
                .query(String.class).optional().filter(s -> s != null).map(this::emailIn);
    }

    /** A contact given as free text is used only when it is exactly one e-mail address. */
    private @Nullable String emailIn(@Nullable String encrypted) {
        if (encrypted == null) {
            return null;
        }
        String plain = cipher.decrypt(encrypted).strip();
        return plain.matches(StaffContacts.EMAIL) && plain.length() <= 100 ? plain : null;
    }
}
