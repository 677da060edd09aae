package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.ledger.LedgerEntry;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.request.CaseView;
import cn.gongkai.server.request.ClockState;
import cn.gongkai.server.request.RequestDecisions;
import cn.gongkai.server.request.RequestService;
import cn.gongkai.server.request.RequestStatus;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import cn.gongkai.server.supervision.InspectionFinding;
import cn.gongkai.server.supervision.InspectionService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells staff when a case arrives for them, as their 待办 shows it: a new request (the organ's handlers), a
 * reply at a review step (the step's reviewers who may decide it under 职责分离), a reply approved or
 * returned (its drafter); a suggestion (the organ's administrator) or a complaint (the supervising body,
 * Art. 51), a complaint given to the organ, a case assigned to a handler, a draft reply to review or sent
 * back ({@link Feedback#waitsFor}); an inspection finding to rectify or rectified (Art. 47). The mails name
 * the case and its deadline, never the applicant or what he asked.
 */
@Component
@Order(2)
class CaseWorkArrived implements Reaction {

    private static final Set<String> REQUEST_REVIEW = Set.of("request-decision-draft", "request-decision-approve",
            "request-reply-edit");

    private final StaffRecipients staff;
    private final RequestService requests;
    private final RequestDecisions decisions;
    private final FeedbackService feedback;
    private final InspectionService inspections;
    private final Ledger ledger;
    private final PublicationService publication;
    private final Outbox outbox;
    private final Clock clock;

    CaseWorkArrived(StaffRecipients staff, RequestService requests, RequestDecisions decisions, FeedbackService feedback,
            InspectionService inspections, Ledger ledger, PublicationService publication, Outbox outbox, Clock clock) {
        this.publication = publication;
        this.staff = staff;
        this.requests = requests;
        this.decisions = decisions;
        this.feedback = feedback;
        this.inspections = inspections;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void react(Action a, Set<String> told) {
        if (a.organId() == null) {
            return;
        }
        switch (a.subjectType()) {
            case "request" -> request(a, told);
            case "feedback" -> feedback(a, told);
            case "inspection" -> finding(a, told);
            default -> {
                // items and reports are WorkArrived's
            }
        }
    }

    private void request(Action a, Set<String> told) {
        boolean receive = a.action().equals("request-receive");
        boolean review = REQUEST_REVIEW.contains(a.action());
        boolean back = a.action().equals("request-decision-return") || a.action().equals("request-decision-approve");
        if (!receive && !review && !back) {
            return;
        }
        CaseView view = requests.byNumber(a.subjectId()).orElse(null);
        if (view == null) {
            return;
        }
        var r = view.request();
        String number = r.requestNumber();
        String key = "request " + r.id();
        String link = "\n请登录工作台办理：\n" + outbox.site() + "/workspace/requests/" + r.id() + "\n";
        String deadline = "答复期限（第三十三条）：" + deadline(view.clock()) + "\n";
        if (receive) {
            staff.tell(staff.ofOrgan(r.organId()), u -> u.has(Role.DRAFTER) || u.has(Role.ORGAN_ADMIN), a.actor(), key, told,
                    "新的政府信息公开申请 " + number, "收到政府信息公开申请，编号 " + number + "，收到日期 "
                            + Mails.date(r.receivedOn()) + "。\n" + deadline + link);
        } else if (review && r.status() == RequestStatus.DECISION_IN_REVIEW) {
            Role role = publication.chainOf(r.organId()).roleAt(r.decisionStep());
            staff.tell(staff.ofOrgan(r.organId()), u -> decisions.mayDecide(u, r), a.actor(), key, told,
                    "待审核的答复：申请 " + number, "政府信息公开申请 " + number + " 的答复已到第 " + r.decisionStep() + " 步（"
                            + role.chinese() + "），等待您审核。\n" + deadline + link);
        } else if (back && (r.status() == RequestStatus.OPEN || r.status() == RequestStatus.DECISION_APPROVED)) {
            boolean approved = r.status() == RequestStatus.DECISION_APPROVED;
            String drafter = decisionDrafter(number);
            if (drafter != null) {
                staff.tell(staff.named(drafter), u -> u.organId() == r.organId()
                        && (u.has(Role.DRAFTER) || u.has(Role.ORGAN_ADMIN)), a.actor(), key, told,
                        (approved ? "答复已审核通过，待送达：申请 " : "答复被退回修改：申请 ") + number,
                        approved ? "政府信息公开申请 " + number + " 的答复已审核通过，请在答复期限内送达申请人。\n" + deadline + link
                                : "政府信息公开申请 " + number + " 的答复被退回修改。\n退回意见：" + (a.after() == null ? "" : a.after())
                                        + "\n" + deadline + link);
            }
        }
    }

    /** Who drafted the case's reply: the newest draft or edit of it in the ledger. */
    private @Nullable String decisionDrafter(String number) {
        List<LedgerEntry> entries = ledger.forSubject("request", number);
        for (int i = entries.size() - 1; i >= 0; i--) {
            LedgerEntry e = entries.get(i);
            if (e.action().equals("request-decision-draft") || e.action().equals("request-reply-edit")) {
                return e.actor();
            }
        }
        return null;
    }

    private void feedback(Action a, Set<String> told) {
        String act = a.action();
        if (!Set.of("feedback-receive", "complaint-assign-organ", "feedback-assign", "feedback-reply-draft",
                "complaint-reply-return").contains(act)) {
            return;
        }
        Feedback f = feedback.byNumber(a.subjectId()).orElse(null);
        if (f == null || f.answered()) {
            return;
        }
        String kind = f.kind().chinese();
        String what = switch (act) {
            case "feedback-receive" -> "新的" + kind;
            case "complaint-assign-organ" -> "监督机关交由本机关答复的投诉";
            case "feedback-assign" -> "分派给您的" + kind;
            case "feedback-reply-draft" -> "待审核的投诉答复草稿";
            default -> "投诉答复草稿被退回修改";
        };
        List<StaffUser> people = new ArrayList<>(staff.ofOrgan(f.organId()));
        if (f.supervised() && f.supervisorOrganId() != f.organId()) {
            people.addAll(staff.ofOrgan(f.supervisorOrganId()));
        }
        String comment = act.equals("complaint-reply-return") && a.after() != null ? "退回意见：" + a.after() + "\n" : "";
        staff.tell(people, f::waitsFor, a.actor(), "feedback " + f.id(), told, what + " " + f.number(),
                what + "，编号 " + f.number() + "，收到日期 " + Mails.date(f.receivedOn()) + "。\n" + comment + "答复期限："
                        + Mails.due(f.dueOn(), clock) + "\n\n请登录工作台办理：\n" + outbox.site() + "/workspace/feedback\n");
    }

    private void finding(Action a, Set<String> told) {
        String act = a.action();
        if (!act.equals("inspection-record") && !act.equals("inspection-reopen") && !act.equals("inspection-rectify")) {
            return;
        }
        InspectionFinding f = inspections.ofOrgan(a.organId()).stream().filter(x -> x.number().equals(a.subjectId()))
                .findFirst().orElse(null);
        if (f == null) {
            return;
        }
        String link = "\n请登录工作台办理：\n" + outbox.site() + "/workspace/inspections#finding-" + f.number() + "\n";
        String key = "inspection " + f.id();
        if (f.status() == InspectionFinding.Status.OPEN) {
            boolean again = act.equals("inspection-reopen");
            staff.tell(staff.ofOrgan(f.organId()), u -> u.has(Role.ORGAN_ADMIN), a.actor(), key, told,
                    (again ? "整改被退回，请继续整改 " : "监督检查问题待整改 ") + f.number(),
                    (again ? "监督机关退回了检查问题 " + f.number() + " 的整改情况。\n" + (a.after() == null ? "" : a.after()) + "\n"
                            : "监督检查发现本机关的问题，编号 " + f.number() + "，类别：" + f.category().chinese() + "。\n")
                            + "整改期限：" + Mails.due(f.rectifyBy(), clock) + "\n请按期整改并填写整改情况。\n" + link);
        } else if (f.status() == InspectionFinding.Status.RECTIFIED) {
            staff.tell(staff.supervisors(), u -> true, a.actor(), key, told, "整改待确认 " + f.number(),
                    "检查问题 " + f.number() + "（" + f.category().chinese() + "）的整改情况已报送，等待您确认。\n" + link);
        }
    }

    /** "2025年10月17日（剩 20 个工作日）", as the case's clock counts it (working days, pauses left out). */
    static String deadline(ClockState clock) {
        if (clock.deadline() == null) {
            return clock.waitingForCorrection() ? "等待申请人补正，补正后重新计算" : "无";
        }
        String note = clock.daysLeft() == null ? "" : clock.daysLeft() < 0 ? "已逾期 " + -clock.daysLeft() + " 个工作日"
                : "剩 " + clock.daysLeft() + " 个工作日";
        if (clock.paused()) {
            note += note.isEmpty() ? "期限暂停计算中" : "，期限暂停计算中";
        }
        return Mails.date(clock.deadline().date()) + (note.isEmpty() ? "" : "（" + note + "）")
                + (clock.deadline().provisional() ? "（暂定：该年节假日安排尚未公布）" : "");
    }
}
