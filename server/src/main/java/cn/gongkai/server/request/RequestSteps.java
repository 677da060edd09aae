package cn.gongkai.server.request;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps between receipt and decision, each on the date it happened (checked by {@link StepDates}):
 * 补正 (Art. 30), 延期 (Art. 33), 征求第三方意见 (Art. 32) and 征求其他机关意见 (Art. 34) as separate
 * steps with separate letters, and the request for reasons of Art. 35.
 */
@Service
public class RequestSteps {

    /** Art. 33: the extension is at most 20 working days. */
    static final int MAX_EXTENSION = 20;

    private final RequestService service;
    private final Requests requests;

    RequestSteps(RequestService service, Requests requests) {
        this.service = service;
        this.requests = requests;
    }

    /** Art. 30: once, within 7 working days of receipt, with the items and a reasonable period. */
    @Transactional
    public void requestCorrection(StaffUser staff, long id, String items, int periodDays, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.OPEN);
        RequestService.requireHandler(staff);
        if (items.isBlank()) {
            throw new RequestException("请写明需要补正的事项");
        }
        if (periodDays < 1 || periodDays > 60) {
            throw new RequestException("补正期限应为 1 到 60 个工作日");
        }
        if (requests.events(id).stream().anyMatch(e -> e.kind() == ClockEvent.Kind.CORRECTION_REQUESTED)) {
            throw new RequestException("补正只能一次性告知（《条例》第三十条），这份申请已经告知过");
        }
        service.stepDate(r, on, "告知补正");
        LocalDate by = service.clock().correctionRequestBy(r.receivedOn());
        if (on.isAfter(by)) {
            throw new RequestException("补正告知应在收到申请之日起 7 个工作日内发出（本申请至 " + RequestService.chinese(by) + "），已经超过");
        }
        service.event(staff, r, new ClockEvent(ClockEvent.Kind.CORRECTION_REQUESTED, on, periodDays), items.strip());
        LocalDate due = service.calendar().addWorkingDays(on, periodDays, DayCounting.START_DAY_EXCLUDED).date();
        service.issue(r, LetterKind.CORRECTION_REQUEST, Map.of("补正事项", items.strip(), "补正期限", RequestService.chinese(due)),
                staff.username(), on);
        service.save(staff, r.with(RequestStatus.AWAITING_CORRECTION), "request-correction", on);
    }

    @Transactional
    public void correctionReceived(StaffUser staff, long id, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.AWAITING_CORRECTION);
        service.stepDate(r, on, "收到补正");
        service.event(staff, r, ClockEvent.of(ClockEvent.Kind.CORRECTION_RECEIVED, on), null);
        service.save(staff, r.with(RequestStatus.OPEN), "request-correction-received", on);
    }

    /** Art. 33: once, up to 20 working days as chosen, with a reason and the office head's approval. */
    @Transactional
    public void extend(StaffUser staff, long id, String reason, int days, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.OPEN);
        if (!staff.has(Role.ORGAN_ADMIN)) {
            throw new RequestException("延期答复须经政府信息公开工作机构负责人同意：请由本机关管理员办理");
        }
        if (reason.isBlank() || reason.strip().length() > 500) {
            throw new RequestException("请写明延期的理由（不超过 500 字）");
        }
        if (days < 1 || days > MAX_EXTENSION) {
            throw new RequestException("延长的期限最长不得超过 20 个工作日（《条例》第三十三条），请填写 1 到 20");
        }
        service.stepDate(r, on, "延期答复");
        ClockState now = service.clock().state(requests.events(id).stream().map(RequestEvent::clockEvent).toList(), on);
        if (now.extended()) {
            throw new RequestException("答复期限只能延长一次（《条例》第三十三条）");
        }
        if (now.deadline() != null && on.isAfter(now.deadline().date())) {
            throw new RequestException("延期应在答复期限（" + RequestService.chinese(now.deadline().date()) + "）届满前告知，已经超过");
        }
        service.event(staff, r, new ClockEvent(ClockEvent.Kind.EXTENDED, on, days), reason.strip());
        ClockState after = service.view(r).clock();
        service.issue(r, LetterKind.EXTENSION_NOTICE, Map.of("延期理由", reason.strip(), "延长天数", Integer.toString(days),
                "答复期限", RequestService.chinese(after.deadline().date())
                        + (after.deadline().provisional() ? "（暂定：该年节假日安排尚未公布）" : "")), staff.username(), on);
        service.save(staff, r, "request-extend", on);
    }

    /** Who is consulted: a third party (Art. 32) or an organ that made the information jointly (Art. 34). */
    public enum Consulted {
        THIRD_PARTY, ORGAN
    }

    @Transactional
    public void startConsultation(StaffUser staff, long id, Consulted whom, String name, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.OPEN);
        RequestService.requireHandler(staff);
        if (name.isBlank() || name.strip().length() > 100) {
            throw new RequestException(whom == Consulted.ORGAN ? "请填写被征求意见的机关名称（不超过 100 字）"
                    : "请填写第三方的姓名或名称（不超过 100 字）");
        }
        service.stepDate(r, on, "征求意见");
        boolean organ = whom == Consulted.ORGAN;
        service.event(staff, r, ClockEvent.of(organ ? ClockEvent.Kind.ORGAN_CONSULTATION_STARTED
                : ClockEvent.Kind.CONSULTATION_STARTED, on), name.strip());
        service.issue(r, organ ? LetterKind.ORGAN_CONSULTATION : LetterKind.THIRD_PARTY_CONSULTATION,
                Map.of("第三方", name.strip()), staff.username(), on);
        service.save(staff, r.with(RequestStatus.CONSULTING), organ ? "request-consult-organ" : "request-consult", on);
    }

    /**
     * The answer, or the end of the 15 working days. A third party's objection (Art. 32) is recorded with
     * its reason; an organ's silence counts as agreement (Art. 34).
     */
    @Transactional
    public void endConsultation(StaffUser staff, long id, LocalDate on, String opinion, boolean objects) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.CONSULTING);
        service.stepDate(r, on, "征求意见结束");
        boolean organ = requests.events(id).stream().filter(e -> e.kind() == ClockEvent.Kind.CONSULTATION_STARTED
                || e.kind() == ClockEvent.Kind.ORGAN_CONSULTATION_STARTED).reduce((a, b) -> b)
                .map(e -> e.kind() == ClockEvent.Kind.ORGAN_CONSULTATION_STARTED).orElse(false);
        if (objects && opinion.isBlank()) {
            throw new RequestException("不同意公开的，请记录对方说明的理由");
        }
        String note = opinion.isBlank() ? (organ ? "逾期未提出意见，视为同意公开（《条例》第三十四条）" : "逾期未提出意见，由本机关决定是否公开")
                : (objects ? "不同意公开：" : "意见：") + opinion.strip();
        service.event(staff, r, ClockEvent.of(organ ? ClockEvent.Kind.ORGAN_CONSULTATION_ENDED : ClockEvent.Kind.CONSULTATION_ENDED,
                on), note);
        service.save(staff, r.with(RequestStatus.OPEN), "request-consult-end", on);
    }

    /** Art. 35: before a request may be refused as excessive, the applicant is asked to state reasons. */
    @Transactional
    public void requestReasons(StaffUser staff, long id, int periodDays, LocalDate on) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.OPEN);
        RequestService.requireHandler(staff);
        if (periodDays < 1 || periodDays > 30) {
            throw new RequestException("说明理由的期限应为 1 到 30 个工作日");
        }
        service.stepDate(r, on, "要求说明理由");
        service.event(staff, r, new ClockEvent(ClockEvent.Kind.REASONS_REQUESTED, on, periodDays), null);
        LocalDate due = service.calendar().addWorkingDays(on, periodDays, DayCounting.START_DAY_EXCLUDED).date();
        service.issue(r, LetterKind.REASONS_REQUEST, Map.of("说明理由期限", RequestService.chinese(due)), staff.username(), on);
        service.save(staff, r.with(RequestStatus.AWAITING_REASONS), "request-reasons", on);
    }

    /** What the applicant answered, in their words: the reply letter quotes it. */
    @Transactional
    public void reasonsReceived(StaffUser staff, long id, LocalDate on, String answer) {
        DisclosureRequest r = RequestService.inStatus(service.actable(staff, id), RequestStatus.AWAITING_REASONS);
        if (answer.isBlank() || answer.strip().length() > 2000) {
            throw new RequestException("请记录申请人说明的理由（不超过 2000 字）");
        }
        service.stepDate(r, on, "收到说明的理由");
        service.event(staff, r, ClockEvent.of(ClockEvent.Kind.REASONS_RECEIVED, on), answer.strip());
        service.save(staff, r.with(RequestStatus.OPEN), "request-reasons-received", on);
    }

    /** The last day of the period given for reasons, or null when none was asked. */
    static LocalDate reasonsDue(RequestService service, java.util.List<RequestEvent> events) {
        return events.stream().filter(e -> e.kind() == ClockEvent.Kind.REASONS_REQUESTED).reduce((a, b) -> b)
                .map(e -> service.calendar().addWorkingDays(e.on(), e.days(), DayCounting.START_DAY_EXCLUDED).date())
                .orElse(null);
    }
}
