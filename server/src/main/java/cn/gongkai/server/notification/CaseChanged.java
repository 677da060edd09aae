package cn.gongkai.server.notification;

import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.ledger.LedgerNames;
import cn.gongkai.server.request.PersonalDataCipher;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells an applicant (依申请公开) or a complainant (投诉建议) who gave an e-mail address that his case changed
 * state: received, asked to correct, extended, third party consulted, fee notice, reply sent; complaint or
 * suggestion answered. The mail names the step and the number and points to the public status page, where
 * the query code shows the rest: it carries no content of the case. The address is read here, in the
 * database, from the encrypted fields the request and feedback features keep.
 */
@Component
class CaseChanged {

    static final Set<String> REQUEST_STEPS = Set.of("request-receive", "request-correction", "request-correction-received",
            "request-extend", "request-consult", "request-fee-notice", "request-fee-paid", "request-send");
    static final Set<String> FEEDBACK_STEPS = Set.of("feedback-reply", "complaint-reply-approve");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;

    CaseChanged(JdbcClient jdbc, PersonalDataCipher cipher, Outbox outbox) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.outbox = outbox;
    }

    @EventListener
    void on(Ledger.Recorded recorded) {
        Action a = recorded.action();
        if (!outbox.enabled() || !(REQUEST_STEPS.contains(a.action()) || FEEDBACK_STEPS.contains(a.action()))) {
            return;
        }
        BeforeCommit.run(a.action(), () -> tell(a));
    }

    private void tell(Action a) {
        if (REQUEST_STEPS.contains(a.action())) {
                applicantEmail(a.subjectId()).ifPresent(to -> outbox.add(Outbox.Channel.EMAIL, to,
                        "您的政府信息公开申请 " + a.subjectId() + "：" + LedgerNames.action(a.action()),
                        "您的政府信息公开申请（编号 " + a.subjectId() + "）有新进展：" + LedgerNames.action(a.action())
                                + "。\n\n请凭申请编号和查询码查看详情：" + outbox.site() + "/apply/status\n\n本邮件由系统发送，请勿直接回复。\n",
                        null));
            } else {
                complainantEmail(a.subjectId()).ifPresent(to -> outbox.add(Outbox.Channel.EMAIL, to,
                        "您的投诉建议 " + a.subjectId() + " 已答复",
                        "您提交的投诉建议（编号 " + a.subjectId() + "）已经答复。\n\n请凭编号和查询码查看答复：" + outbox.site()
                                + "/feedback/status\n\n本邮件由系统发送，请勿直接回复。\n", null));
        }
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
