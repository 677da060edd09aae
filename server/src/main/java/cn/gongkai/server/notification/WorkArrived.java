package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.publication.PublicationService;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells staff when work arrives for them, from the ledger's record of the action (in its transaction, so the
 * notification exists exactly when the action does): an item at a review step (its step's reviewers), an item
 * returned (its drafter), a new request (the organ's drafters and administrator), a new complaint or suggestion
 * (the organ's administrator; for a complaint also the county supervisor), an inspection finding (the organ's
 * administrator). Never throws: a notification must not undo the action.
 */
@Component
class WorkArrived {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final StaffRecipients staff;
    private final PublicationService publication;
    private final JdbcClient jdbc;
    private final Outbox outbox;

    WorkArrived(StaffRecipients staff, PublicationService publication, JdbcClient jdbc, Outbox outbox) {
        this.staff = staff;
        this.publication = publication;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @EventListener
    void on(Ledger.Recorded recorded) {
        Action a = recorded.action();
        if (!outbox.enabled() || a.organId() == null) {
            return;
        }
        long organ = a.organId();
        BeforeCommit.run(a.action(), () -> handle(a, organ));
    }

    private void handle(Action a, long organ) {
        String site = outbox.site();
        switch (a.action()) {
            case "submit", "approve" -> {
                Map<?, ?> state = JSON.readValue(a.after() == null ? "{}" : a.after(), Map.class);
                if (!"IN_REVIEW".equals(state.get("status")) || !(state.get("step") instanceof Number step)) {
                    return;
                }
                Role role = publication.chainOf(organ).roleAt(step.intValue());
                staff.tellOrgan(organ, EnumSet.of(role), a.actor(), "待审核：《" + state.get("title") + "》",
                        "《" + state.get("title") + "》已到第 " + step + " 步（" + role.chinese() + "），等待您审核。\n\n"
                                + site + "/workspace/items/" + a.subjectId() + "\n");
            }
            case "return" -> jdbc.sql("SELECT created_by, title FROM publication_item WHERE id = :id")
                    .param("id", Long.parseLong(a.subjectId()))
                    .query((rs, n) -> new String[] {rs.getString("created_by"), rs.getString("title")}).optional()
                    .ifPresent(i -> staff.tell(i[0], "稿件被退回：《" + i[1] + "》", "您撰写的《" + i[1]
                            + "》被退回修改，请查看退回意见。\n\n" + site + "/workspace/items/" + a.subjectId() + "\n"));
            case "request-receive" -> staff.tellOrgan(organ, EnumSet.of(Role.DRAFTER, Role.ORGAN_ADMIN), a.actor(),
                    "新的政府信息公开申请 " + a.subjectId(), "收到政府信息公开申请 " + a.subjectId()
                            + "，请在答复期限内办理（第三十三条）。\n\n" + site + "/workspace/requests\n");
            case "feedback-receive" -> {
                String subject = "新的投诉建议 " + a.subjectId();
                String body = "收到投诉建议 " + a.subjectId() + "，请按期答复。\n\n" + site + "/workspace/feedback\n";
                staff.tellOrgan(organ, EnumSet.of(Role.ORGAN_ADMIN), a.actor(), subject, body);
                if (a.after() != null && a.after().startsWith("投诉")) {
                    // Art. 51: complaints land with the supervising body (the county's 政务公开办)
                    staff.tellSupervisors(a.actor(), subject, body);
                }
            }
            case "inspection-record" -> staff.tellOrgan(organ, EnumSet.of(Role.ORGAN_ADMIN), a.actor(),
                    "监督检查问题待整改 " + a.subjectId(), "监督检查记录了问题 " + a.subjectId() + "，请按期整改并报告。\n\n"
                            + site + "/workspace/inspections#finding-" + a.subjectId() + "\n");
            default -> {
                // nothing waits for anyone after the other actions
            }
        }
    }
}
