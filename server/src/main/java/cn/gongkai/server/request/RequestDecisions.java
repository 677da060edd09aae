package cn.gongkai.server.request;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import cn.gongkai.server.publication.SeparationOfDuties;
import java.time.LocalDate;
import java.util.List;
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
     * Drafts the decision and its reply letter on the stated day; it then goes through the organ's review
     * chain. Outcomes that rest on an earlier step need that step: 逾期不补正 and 逾期未缴费 the period
     * over, 补正后仍不明确 a correction received (Art. 30), 无正当理由大量反复申请 the reasons asked (Art. 35).
     */
    @Transactional
    public void draftDecision(StaffUser staff, long id, Outcome outcome, ReplyWording.Variant variant, String explanation,
            String reviewBody, LocalDate on) {
        DisclosureRequest r = service.actable(staff, id);
        RequestService.requireHandler(staff);
        ClockState c = service.view(r).clock();
        List<RequestEvent> events = requests.events(id);
        service.stepDate(r, on, "作出答复");
        String quoted = "";
        switch (outcome) {
            case OTHER_CORRECTION_OVERDUE -> {
                if (r.status() != RequestStatus.AWAITING_CORRECTION || !on.isAfter(c.correctionDue())) {
                    throw new RequestException("只有补正期限（" + (c.correctionDue() == null ? "未告知补正" : RequestService.chinese(c.correctionDue()))
                            + "）已过仍未补正的申请，才能按“逾期不补正”处理");
                }
            }
            case OTHER_FEE_UNPAID -> {
                if (r.status() != RequestStatus.AWAITING_FEE || !on.isAfter(c.feePayBy())) {
                    throw new RequestException("只有缴费期限已过仍未缴费的申请，才能按“逾期未缴费”处理");
                }
            }
            case UNABLE_STILL_UNCLEAR -> {
                RequestService.inStatus(r, RequestStatus.OPEN);
                if (events.stream().noneMatch(e -> e.kind() == ClockEvent.Kind.CORRECTION_RECEIVED)) {
                    throw new RequestException("“补正后申请内容仍不明确”只适用于告知补正并收到补正的申请（《条例》第三十条）；"
                            + "申请内容不明确的，请先告知补正");
                }
            }
            case NOT_PROCESSED_EXCESSIVE -> quoted = reasonsQuote(r, events, on);
            default -> RequestService.inStatus(r, RequestStatus.OPEN);
        }
        if (explanation.strip().length() > 5000) {
            throw new RequestException("答复说明不能超过 5000 字");
        }
        if ((outcome == Outcome.PARTIALLY_GRANTED || outcome.name().startsWith("WITHHELD")) && explanation.isBlank()) {
            throw new RequestException("不予公开或部分公开的，应当说明理由（《条例》第三十六条、第三十七条）");
        }
        ReplyWording.Variant v = ReplyWording.resolve(outcome, variant);
        if ((v == ReplyWording.Variant.ALREADY_PUBLIC || v == ReplyWording.Variant.NOT_RESPONSIBLE) && explanation.isBlank()) {
            throw new RequestException(v == ReplyWording.Variant.ALREADY_PUBLIC ? "请在答复说明中写明获取该信息的方式、途径（第三十六条第（一）项）"
                    : "请在答复说明中写明理由，能够确定负责公开的机关的，写明其名称、联系方式（第三十六条第（五）项）");
        }
        boolean disclose = outcome == Outcome.GRANTED || outcome == Outcome.PARTIALLY_GRANTED;
        boolean objected = events.stream().anyMatch(e -> e.kind() == ClockEvent.Kind.CONSULTATION_ENDED
                && e.note() != null && e.note().startsWith("不同意公开"));
        if (disclose && objected && explanation.isBlank()) {
            throw new RequestException("第三方不同意公开而决定公开的，请在答复说明中写明不公开可能对公共利益造成重大影响的理由"
                    + "（《条例》第三十二条），该理由将书面告知第三方");
        }
        service.issue(r, LetterKind.REPLY, Map.of("答复结果", ReplyWording.decision(outcome, v), "答复说明",
                (quoted + explanation.strip()).strip(), "答复依据", ReplyWording.basis(outcome, v),
                "复议机关", reviewBody.isBlank() ? "上一级行政机关" : reviewBody.strip()), staff.username(), on);
        // Art. 32: a third party that was consulted is told in writing of a decision to disclose.
        if (disclose) {
            events.stream().filter(e -> e.kind() == ClockEvent.Kind.CONSULTATION_STARTED).forEach(e ->
                    service.issue(r, LetterKind.THIRD_PARTY_DISCLOSURE_NOTICE, Map.of("第三方", String.valueOf(e.note()),
                            "答复说明", explanation.isBlank() ? ReplyWording.decision(outcome, v) : explanation.strip()),
                            staff.username(), on));
        }
        service.save(staff, r.decision(outcome, 1, RequestStatus.DECISION_IN_REVIEW, null), "request-decision-draft", on);
        duties.newVersion(SeparationOfDuties.REQUEST_DECISION, Long.toString(id));
        duties.drafted(SeparationOfDuties.REQUEST_DECISION, Long.toString(id), staff.username());
    }

    /**
     * Art. 35: refusing as excessive needs the reasons asked first; the letter quotes the applicant's
     * answer, or states that none came within the period.
     */
    private String reasonsQuote(DisclosureRequest r, List<RequestEvent> events, LocalDate on) {
        RequestEvent asked = events.stream().filter(e -> e.kind() == ClockEvent.Kind.REASONS_REQUESTED).reduce((a, b) -> b)
                .orElseThrow(() -> new RequestException("按“无正当理由大量反复申请”不予处理前，应先要求申请人说明理由"
                        + "（《条例》第三十五条），请先办理“要求说明理由”"));
        if (r.status() == RequestStatus.AWAITING_REASONS) {
            LocalDate due = RequestSteps.reasonsDue(service, events);
            if (!on.isAfter(due)) {
                throw new RequestException("说明理由的期限至 " + RequestService.chinese(due) + "，期满前请等待申请人答复");
            }
            return "本机关于" + RequestService.chinese(asked.on()) + "要求您说明理由，您未在" + RequestService.chinese(due)
                    + "前说明理由。";
        }
        RequestService.inStatus(r, RequestStatus.OPEN);
        RequestEvent answer = events.stream().filter(e -> e.kind() == ClockEvent.Kind.REASONS_RECEIVED).reduce((a, b) -> b)
                .orElseThrow(() -> new RequestException("请先登记申请人说明的理由"));
        return "本机关于" + RequestService.chinese(asked.on()) + "要求您说明理由，您于" + RequestService.chinese(answer.on())
                + "答复：“" + answer.note() + "”。本机关认为该理由不合理。";
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
                "{\"item\":" + itemId + "}"));
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
                last ? RequestStatus.DECISION_APPROVED : RequestStatus.DECISION_IN_REVIEW, null), "request-decision-approve",
                service.today());
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

    /** 送达: the approved reply delivered, by a method on a stated day, closes the case on that day. */
    @Transactional
    public void send(StaffUser staff, long id, String method, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.DECISION_APPROVED);
        RequestService.requireHandler(staff);
        if (method.isBlank() || method.strip().length() > 100) {
            throw new RequestException("请写明送达方式（如当面送达、邮寄、电子邮件、平台在线），不超过 100 字");
        }
        service.stepDate(r, on, "送达");
        service.event(staff, r, ClockEvent.of(ClockEvent.Kind.DECIDED, on), r.outcome().label() + "；送达方式：" + method.strip());
        requests.delivered(id, method.strip());
        service.save(staff, r.decision(r.outcome(), r.decisionStep(), RequestStatus.CLOSED, on), "request-send", on);
    }

    /**
     * The reply letter finished by staff before issue: the edited text replaces the draft and goes
     * through the review chain again from its first step, so no unreviewed wording is sent.
     */
    @Transactional
    public void editReply(StaffUser staff, long id, String body) {
        DisclosureRequest r = service.actable(staff, id);
        RequestService.requireHandler(staff);
        if (r.status() != RequestStatus.DECISION_IN_REVIEW && r.status() != RequestStatus.DECISION_APPROVED) {
            throw new RequestException("只有审核中或待送达的答复书可以修改");
        }
        String text = body.strip().replace("\r\n", "\n");
        if (text.isEmpty() || text.length() > 10_000) {
            throw new RequestException("答复书正文不能为空，也不能超过 10000 字");
        }
        Letter reply = requests.letters(id).stream().filter(l -> l.kind() == LetterKind.REPLY).reduce((a, b) -> b)
                .orElseThrow(() -> new RequestException("没有答复书可修改"));
        requests.editLetter(reply.id(), ReplyWording.tidy(text), staff.username());
        // Sizes, not the text: the letter carries the applicant's name, which the ledger never holds.
        ledger.record(new Action(staff.username(), r.organId(), "request-reply-edit", "request", r.requestNumber(),
                "原 " + reply.body().length() + " 字", "修改后 " + ReplyWording.tidy(text).length() + " 字"));
        requests.update(r.decision(r.outcome(), 1, RequestStatus.DECISION_IN_REVIEW, null));
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
