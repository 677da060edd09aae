package cn.gongkai.server.request;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import cn.gongkai.server.publication.SeparationOfDuties;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a request: the decision (one of table 三's outcomes) and its reply letter, reviewed along
 * the organ's review chain, then sent, which closes the case; and Art. 44's way from a disclosed
 * request to a proactive item.
 */
@Service
public class RequestDecisions {

    private final RequestService service;
    private final Requests requests;
    private final ReviewChains chains;
    private final SeparationOfDuties duties;
    private final PublicationService publication;
    private final Ledger ledger;

    RequestDecisions(RequestService service, Requests requests, ReviewChains chains, PublicationService publication,
            Ledger ledger, SeparationOfDuties duties) {
        this.duties = duties;
        this.service = service;
        this.requests = requests;
        this.chains = chains;
        this.publication = publication;
        this.ledger = ledger;
    }

    /**
     * Drafts the decision and its reply letter; it then goes through the organ's review chain. The
     * two outcomes of 其他处理 that end a request for the applicant's inaction need that inaction to be real.
     */
    @Transactional
    public void draftDecision(StaffUser staff, long id, Outcome outcome, String explanation, String reviewBody) {
        DisclosureRequest r = service.actable(staff, id);
        RequestService.requireHandler(staff);
        ClockState c = service.view(r).clock();
        switch (outcome) {
            case OTHER_CORRECTION_OVERDUE -> {
                if (r.status() != RequestStatus.AWAITING_CORRECTION || !service.today().isAfter(c.correctionDue())) {
                    throw new RequestException("只有补正期限（" + (c.correctionDue() == null ? "未告知补正" : RequestService.chinese(c.correctionDue()))
                            + "）已过仍未补正的申请，才能按“逾期不补正”处理");
                }
            }
            case OTHER_FEE_UNPAID -> {
                if (r.status() != RequestStatus.AWAITING_FEE || !service.today().isAfter(c.feePayBy())) {
                    throw new RequestException("只有缴费期限已过仍未缴费的申请，才能按“逾期未缴费”处理");
                }
            }
            default -> RequestService.inStatus(r, RequestStatus.OPEN);
        }
        if (explanation.strip().length() > 5000) {
            throw new RequestException("答复说明不能超过 5000 字");
        }
        if ((outcome == Outcome.PARTIALLY_GRANTED || outcome.name().startsWith("WITHHELD")) && explanation.isBlank()) {
            throw new RequestException("不予公开或部分公开的，应当说明理由（《条例》第三十六条、第三十七条）");
        }
        service.issue(r, LetterKind.REPLY, Map.of("答复结果", LetterTemplates.decision(outcome), "答复说明", explanation.strip(),
                "答复依据", outcome.basis().isEmpty() ? "《中华人民共和国政府信息公开条例》" : outcome.basis(),
                "复议机关", reviewBody.isBlank() ? "上一级行政机关" : reviewBody.strip()), staff.username());
        // Art. 32: a third party that was consulted is told in writing of a decision to disclose.
        if (outcome == Outcome.GRANTED || outcome == Outcome.PARTIALLY_GRANTED) {
            requests.events(id).stream().filter(e -> e.kind() == ClockEvent.Kind.CONSULTATION_STARTED).forEach(e ->
                    service.issue(r, LetterKind.THIRD_PARTY_DISCLOSURE_NOTICE, Map.of("第三方", String.valueOf(e.note()),
                            "答复说明", explanation.isBlank() ? LetterTemplates.decision(outcome) : explanation.strip()),
                            staff.username()));
        }
        service.save(staff, r.decision(outcome, 1, RequestStatus.DECISION_IN_REVIEW, null), "request-decision-draft");
        duties.newVersion(SeparationOfDuties.REQUEST_DECISION, Long.toString(id));
        duties.drafted(SeparationOfDuties.REQUEST_DECISION, Long.toString(id), staff.username());
    }

    /** Other requests to the organ for the same information (same description), for Art. 44. */
    public long sameInformationCount(DisclosureRequest r) {
        return requests.forOrgan(r.organId()).stream().filter(o -> o.id() != r.id())
                .filter(o -> o.description().equals(r.description())).count();
    }

    /**
     * Art. 44: information several applicants asked for and that was disclosed can become proactive
     * disclosure: a draft item in the organ's publishing flow, reviewed like any other.
     */
    @Transactional
    public long proposeProactive(StaffUser staff, long id) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.CLOSED);
        if (r.outcome() != Outcome.GRANTED && r.outcome() != Outcome.PARTIALLY_GRANTED) {
            throw new RequestException("只有予以公开或部分公开的信息可以纳入主动公开");
        }
        if (!staff.has(Role.DRAFTER)) {
            throw new RequestException("纳入主动公开需要由撰稿人起草信息");
        }
        String title = r.description().length() > 100 ? r.description().substring(0, 100) : r.description();
        long itemId = publication.create(staff, new cn.gongkai.server.publication.ItemContent(title,
                cn.gongkai.server.publication.ItemKind.STATUTORY, r.documentNumber(), null, null,
                "<p>（依申请公开转为主动公开，申请编号 " + r.requestNumber() + "。请补充正文和附件后提交审核。）</p>")).id();
        ledger.record(new Action(staff.username(), r.organId(), "request-to-proactive", "request", r.requestNumber(), null,
                "item " + itemId));
        return itemId;
    }

    /** One step of the organ's review chain approves the decision; after the last it may be sent. */
    @Transactional
    public void approveDecision(StaffUser reviewer, long id) {
        DisclosureRequest r = RequestService.inStatus(service.actable(reviewer, id), RequestStatus.DECISION_IN_REVIEW);
        ReviewChain chain = chains.forOrgan(r.organId());
        Role needed = chain.roleAt(r.decisionStep());
        if (!reviewer.has(needed)) {
            throw new RequestException("答复正在第 " + r.decisionStep() + " 步（" + needed.chinese() + "）审核，您不是该步的审核人");
        }
        requireDuty(reviewer, r);
        duties.recordApproval(r.organId(), SeparationOfDuties.REQUEST_DECISION, Long.toString(r.id()), reviewer.username(),
                r.decisionStep());
        boolean last = r.decisionStep() >= chain.size();
        service.save(reviewer, r.decision(r.outcome(), last ? r.decisionStep() : r.decisionStep() + 1,
                last ? RequestStatus.DECISION_APPROVED : RequestStatus.DECISION_IN_REVIEW, null), "request-decision-approve");
    }

    @Transactional
    public void returnDecision(StaffUser reviewer, long id, String comment) {
        DisclosureRequest r = RequestService.inStatus(service.actable(reviewer, id), RequestStatus.DECISION_IN_REVIEW);
        Role needed = chains.forOrgan(r.organId()).roleAt(r.decisionStep());
        if (!reviewer.has(needed)) {
            throw new RequestException("您不是当前审核步骤的审核人");
        }
        requireDuty(reviewer, r);
        if (comment.isBlank()) {
            throw new RequestException("退回时请写明修改意见");
        }
        ledger.record(new Action(reviewer.username(), r.organId(), "request-decision-return", "request", r.requestNumber(),
                r.outcome() == null ? null : r.outcome().name(), comment.strip()));
        requests.update(r.decision(null, 0, RequestStatus.OPEN, null));
    }

    /** Sending the approved decision closes the case on that day. */
    @Transactional
    public void send(StaffUser staff, long id) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.DECISION_APPROVED);
        RequestService.requireHandler(staff);
        service.event(staff, r, ClockEvent.of(ClockEvent.Kind.DECIDED, service.today()), r.outcome().label());
        service.save(staff, r.decision(r.outcome(), r.decisionStep(), RequestStatus.CLOSED, service.today()), "request-send");
    }

    /** Whether the user may decide the decision's current review step (role and 职责分离), for showing the buttons. */
    public boolean mayDecide(StaffUser user, DisclosureRequest r) {
        return r.status() == RequestStatus.DECISION_IN_REVIEW && user.organId() == r.organId()
                && user.has(chains.forOrgan(r.organId()).roleAt(r.decisionStep()))
                && duties.mayDecide(r.organId(), SeparationOfDuties.REQUEST_DECISION, Long.toString(r.id()),
                        user.username(), r.decisionStep());
    }

    private void requireDuty(StaffUser reviewer, DisclosureRequest r) {
        String refusal = duties.refusal(r.organId(), SeparationOfDuties.REQUEST_DECISION, Long.toString(r.id()),
                reviewer.username(), r.decisionStep());
        if (refusal != null) {
            throw new RequestException(refusal);
        }
    }
}
