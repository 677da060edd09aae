package cn.gongkai.server.request;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.holidays.HolidayCalendar;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling a request from receipt to the letter that closes it. Every step checks who may take it and
 * in which state, records a clock event where the law attaches a time to it, issues the letter the
 * law requires, and goes to the ledger. Only the organ's own staff act on its requests; the county
 * supervisor reads them all.
 */
@Service
public class RequestService {

    /** A new request and the query code its applicant keeps (shown once, stored only as a hash). */
    public record Submitted(DisclosureRequest request, String queryCode) {
    }


    private final Requests requests;
    private final PersonalDataCipher cipher;
    private final HolidayCalendar holidays;
    private final Organs organs;
    private final Ledger ledger;
    private final Clock clock;
    private final ClockSettings settings;
    private final FeeSchedule fees = FeeSchedule.DEFAULT;

    RequestService(Requests requests, PersonalDataCipher cipher, HolidayCalendar holidays, Organs organs,
            Ledger ledger, Clock clock,
            @Value("${gongkai.requests.count-receipt-day:false}") boolean countReceiptDay,
            @Value("${gongkai.requests.fee-wait-pauses-clock:true}") boolean feeWaitPauses) {
        this.requests = requests;
        this.cipher = cipher;
        this.holidays = holidays;
        this.organs = organs;
        this.ledger = ledger;
        this.clock = clock;
        ClockSettings d = ClockSettings.DEFAULT;
        this.settings = new ClockSettings(countReceiptDay ? DayCounting.START_DAY_INCLUDED : DayCounting.START_DAY_EXCLUDED,
                d.replyDays(), d.extensionDays(), d.correctionWithin(), d.feePaymentDays(), feeWaitPauses);
    }

    public RequestClock clock() {
        return new RequestClock(holidays.current(), settings);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- intake ----

    /** The public form: received the day it is submitted (Art. 31(三): online, confirmed at once). */
    @Transactional
    public Submitted submitOnline(Organ organ, IntakeForm form) {
        if (form.channel() != Channel.ONLINE) {
            throw new IllegalArgumentException("网上申请的渠道只能是 ONLINE");
        }
        return create(organ, form, "网上申请");
    }

    /** Staff register a request that arrived at the counter, by post, fax or e-mail. */
    @Transactional
    public Submitted register(StaffUser staff, IntakeForm form) {
        Organ organ = organs.byId(staff.organId()).orElseThrow();
        requireHandler(staff);
        return create(organ, form, staff.username());
    }

    private Submitted create(Organ organ, IntakeForm form, String by) {
        List<String> problems = form.problems(today());
        if (!problems.isEmpty()) {
            throw new RequestException(String.join("；", problems));
        }
        long id = requests.nextId("disclosure_request");
        int year = form.receivedOn().getYear();
        String number = organ.code() + "-" + year + "-" + String.format("%04d", requests.nextNumber(organ.id(), year));
        String code = cn.gongkai.server.shared.AccessCodes.newCode();
        String idNumber = form.idNumber() == null || form.idNumber().isBlank() ? null
                : form.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
        DisclosureRequest r = new DisclosureRequest(id, organ.id(), number, cn.gongkai.server.shared.AccessCodes.hash(code), form.applicantType(),
                form.applicantName().strip(), form.idDocument(), idNumber == null ? null : cipher.encrypt(idNumber),
                cipher.encrypt(form.contact().strip()), form.description().strip(), blank(form.documentNumber()),
                form.formWanted(), form.delivery(), form.channel(), form.receivedOn(),
                form.receiptNote() == null ? form.channel().receiptRule() : form.receiptNote().strip(), RequestStatus.OPEN,
                null, 0, null, null, null, null, by, OffsetDateTime.now(clock));
        requests.insert(r);
        requests.addEvent(id, ClockEvent.of(ClockEvent.Kind.RECEIVED, form.receivedOn()), form.channel().chinese(), by,
                OffsetDateTime.now(clock));
        ClockState state = clock().state(List.of(ClockEvent.of(ClockEvent.Kind.RECEIVED, form.receivedOn())), today());
        issue(r, LetterKind.ACKNOWLEDGEMENT, Map.of("答复期限", chinese(state.deadline().date())), by);
        // The ledger holds the request number and channel, never the applicant's personal data.
        ledger.record(new Action(by, organ.id(), "request-receive", "request", number, null,
                form.channel().chinese() + " " + form.receivedOn()));
        return new Submitted(r, code);
    }

    // ---- reading ----

    /** The applicant's view: by request number and query code, nothing else. */
    public Optional<CaseView> lookup(String number, String code) {
        Optional<DisclosureRequest> r = requests.byNumber(number.strip());
        if (r.isEmpty() || !cn.gongkai.server.shared.AccessCodes.matches(r.get().queryCodeHash(), code)) {
            return Optional.empty();
        }
        return Optional.of(view(r.get()));
    }

    public CaseView view(StaffUser user, long id) {
        return view(visible(user, id));
    }

    public List<CaseView> casesOf(StaffUser user, long organId) {
        Organ organ = organs.byId(organId).orElseThrow(() -> new RequestException("没有这个机关"));
        if (!OrganAccess.canView(user, organ)) {
            throw new RequestException("没有这个机关");
        }
        return requests.forOrgan(organId).stream().map(this::view).toList();
    }

    /** Open requests past their deadline, in every organ the user may see. */
    public List<CaseView> overdue(StaffUser user) {
        return requests.all().stream().filter(r -> r.status().open())
                .filter(r -> organs.byId(r.organId()).map(o -> OrganAccess.canView(user, o)).orElse(false))
                .map(this::view).filter(v -> v.clock().overdue()).toList();
    }

    /** The full identity number, for the one who needs it now; every such view goes to the ledger. */
    @Transactional
    public String revealIdNumber(StaffUser staff, long id) {
        DisclosureRequest r = actable(staff, id);
        if (r.idNumberEnc() == null) {
            throw new RequestException("这份申请没有身份证件号码");
        }
        ledger.record(new Action(staff.username(), r.organId(), "personal-data-view", "request", r.requestNumber(), null,
                "查看申请人身份证件号码"));
        return cipher.decrypt(r.idNumberEnc());
    }

    public String contact(DisclosureRequest r) {
        return cipher.decrypt(r.contactEnc());
    }

    public Optional<Letter> letter(long letterId) {
        return requests.letter(letterId);
    }

    public Organ organOf(DisclosureRequest r) {
        return organs.byId(r.organId()).orElseThrow();
    }

    // ---- steps ----

    @Transactional
    public void requestCorrection(StaffUser staff, long id, String items, int periodDays) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.OPEN);
        requireHandler(staff);
        if (items.isBlank()) {
            throw new RequestException("请写明需要补正的事项");
        }
        if (periodDays < 1 || periodDays > 60) {
            throw new RequestException("补正期限应为 1 到 60 个工作日");
        }
        if (requests.events(id).stream().anyMatch(e -> e.kind() == ClockEvent.Kind.CORRECTION_REQUESTED)) {
            throw new RequestException("补正只能一次性告知（《条例》第三十条），这份申请已经告知过");
        }
        LocalDate by = clock().correctionRequestBy(r.receivedOn());
        if (today().isAfter(by)) {
            throw new RequestException("补正告知应在收到申请之日起 7 个工作日内发出（本申请至 " + chinese(by) + "），已经超过");
        }
        ClockEvent e = new ClockEvent(ClockEvent.Kind.CORRECTION_REQUESTED, today(), periodDays);
        event(staff, r, e, items.strip());
        LocalDate due = holidays.current().addWorkingDays(today(), periodDays, DayCounting.START_DAY_EXCLUDED).date();
        issue(r, LetterKind.CORRECTION_REQUEST, Map.of("补正事项", items.strip(), "补正期限", chinese(due)),
                staff.username());
        save(staff, r.with(RequestStatus.AWAITING_CORRECTION), "request-correction");
    }

    @Transactional
    public void correctionReceived(StaffUser staff, long id, LocalDate on) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.AWAITING_CORRECTION);
        notFuture(on);
        event(staff, r, ClockEvent.of(ClockEvent.Kind.CORRECTION_RECEIVED, on), null);
        save(staff, r.with(RequestStatus.OPEN), "request-correction-received");
    }

    /** Art. 33: once, with the head of the disclosure office's approval (the organ administrator). */
    @Transactional
    public void extend(StaffUser staff, long id, String reason) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.OPEN);
        if (!staff.has(Role.ORGAN_ADMIN)) {
            throw new RequestException("延期答复须经政府信息公开工作机构负责人同意：请由本机关管理员办理");
        }
        if (reason.isBlank()) {
            throw new RequestException("请写明延期的理由");
        }
        CaseView v = view(r);
        if (v.clock().extended()) {
            throw new RequestException("答复期限只能延长一次（《条例》第三十三条）");
        }
        if (v.clock().overdue()) {
            throw new RequestException("答复期限已过，不能再延期");
        }
        event(staff, r, ClockEvent.of(ClockEvent.Kind.EXTENDED, today()), reason.strip());
        ClockState after = view(r).clock();
        issue(r, LetterKind.EXTENSION_NOTICE, Map.of("延期理由", reason.strip(), "答复期限", chinese(after.deadline().date())),
                staff.username());
        save(staff, r, "request-extend");
    }

    @Transactional
    public void startConsultation(StaffUser staff, long id, String thirdParty) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.OPEN);
        requireHandler(staff);
        if (thirdParty.isBlank() || thirdParty.strip().length() > 100) {
            throw new RequestException("请填写被征求意见的第三方或机关名称（不超过 100 字）");
        }
        event(staff, r, ClockEvent.of(ClockEvent.Kind.CONSULTATION_STARTED, today()), thirdParty.strip());
        issue(r, LetterKind.THIRD_PARTY_CONSULTATION, Map.of("第三方", thirdParty.strip()), staff.username());
        save(staff, r.with(RequestStatus.CONSULTING), "request-consult");
    }

    @Transactional
    public void endConsultation(StaffUser staff, long id, LocalDate on, String opinion) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.CONSULTING);
        notFuture(on);
        event(staff, r, ClockEvent.of(ClockEvent.Kind.CONSULTATION_ENDED, on), opinion.isBlank() ? "逾期未提出意见" : opinion.strip());
        save(staff, r.with(RequestStatus.OPEN), "request-consult-end");
    }

    /**
     * A fee notice (109号): by piece (counting the applicant's requests to this organ this month) or by
     * page, never both.
     */
    @Transactional
    public long feeNotice(StaffUser staff, long id, String mode, int quantity) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.OPEN);
        requireHandler(staff);
        long amount;
        String basis;
        if (mode.equals("PIECE")) {
            int before = Math.max(0, requests.countSameApplicantInMonth(r.organId(), r.applicantName(), r.receivedOn()) - 1);
            amount = fees.perPiece(before, quantity);
            basis = "按件计收：本月此前已申请 " + before + " 件，本次 " + quantity + " 件（10件以下不收费，11—30件100元/件，31件以上每10件一档、每档提高100元/件）";
        } else if (mode.equals("PAGE")) {
            amount = fees.perPage(quantity);
            basis = "按量计收：共 " + quantity + " 页（30页以下不收费，31—100页10元/页，101—200页20元/页，201页以上40元/页）";
        } else {
            throw new RequestException("请选择按件或按量计收（二者只能选一种）");
        }
        if (amount == 0) {
            throw new RequestException("按此标准不需收费，不必发出收费通知");
        }
        event(staff, r, ClockEvent.of(ClockEvent.Kind.FEE_NOTICE_SENT, today()), basis);
        LocalDate payBy = holidays.current().addWorkingDays(today(), settings.feePaymentDays(), DayCounting.START_DAY_EXCLUDED)
                .date();
        issue(r, LetterKind.FEE_NOTICE, Map.of("收费标准", basis, "收费金额", Long.toString(amount), "缴费期限", chinese(payBy)),
                staff.username());
        save(staff, r.fee(mode, amount, null, RequestStatus.AWAITING_FEE), "request-fee-notice");
        return amount;
    }

    @Transactional
    public void feePaid(StaffUser staff, long id, LocalDate on) {
        DisclosureRequest r = inStatus(actable(staff, id), RequestStatus.AWAITING_FEE);
        notFuture(on);
        event(staff, r, ClockEvent.of(ClockEvent.Kind.FEE_PAID, on), null);
        save(staff, r.fee(r.feeMode(), r.feeAmount(), r.feeAmount(), RequestStatus.OPEN), "request-fee-paid");
    }


    // ---- helpers ----

    CaseView view(DisclosureRequest r) {
        List<RequestEvent> events = requests.events(r.id());
        ClockState state = clock().state(events.stream().map(RequestEvent::clockEvent).toList(), today());
        String id = r.idNumberEnc() == null ? "—" : Masking.idNumber(cipher.decrypt(r.idNumberEnc()));
        return new CaseView(r, state, events, requests.letters(r.id()), id, Masking.contact(cipher.decrypt(r.contactEnc())));
    }

    void issue(DisclosureRequest r, LetterKind kind, Map<String, String> extra, String by) {
        Organ organ = organs.byId(r.organId()).orElseThrow();
        Map<String, String> values = new HashMap<>(extra);
        values.put("申请人", r.applicantName());
        values.put("收到日期", chinese(r.receivedOn()));
        values.put("申请编号", r.requestNumber());
        values.put("申请内容", r.description() + (r.documentNumber() == null ? "" : "（" + r.documentNumber() + "）"));
        values.put("机关", organ.name());
        values.putIfAbsent("第三方", "");
        String template = requests.template(r.organId(), kind).orElse(LetterTemplates.builtIn(kind));
        requests.addLetter(r.id(), kind, kind.title(), LetterTemplates.fill(template, values), today(), by);
    }

    void event(StaffUser staff, DisclosureRequest r, ClockEvent e, @Nullable String note) {
        requests.addEvent(r.id(), e, note, staff.username(), OffsetDateTime.now(clock));
    }

    void save(StaffUser staff, DisclosureRequest after, String action) {
        DisclosureRequest before = requests.byId(after.id()).orElseThrow();
        requests.update(after);
        ledger.record(new Action(staff.username(), after.organId(), action, "request", after.requestNumber(),
                before.status().name(), after.status().name() + (after.outcome() == null ? "" : " " + after.outcome().name())));
    }

    private DisclosureRequest visible(StaffUser user, long id) {
        DisclosureRequest r = requests.byId(id).orElseThrow(() -> new RequestNotFoundException(id));
        Organ organ = organs.byId(r.organId()).orElseThrow();
        if (!OrganAccess.canView(user, organ)) {
            throw new RequestNotFoundException(id);
        }
        return r;
    }

    /** The organ's own business staff act; the supervisor (who sees all) and the 三员 do not. */
    DisclosureRequest actable(StaffUser user, long id) {
        DisclosureRequest r = visible(user, id);
        if (user.organId() != r.organId() || user.has(Role.COUNTY_SUPERVISOR)) {
            throw new RequestException("只有本机关工作人员可以办理这份申请");
        }
        return r;
    }

    static void requireHandler(StaffUser user) {
        if (!user.has(Role.DRAFTER) && !user.has(Role.ORGAN_ADMIN)) {
            throw new RequestException("只有本机关的承办人（撰稿）或管理员可以办理申请");
        }
    }

    static DisclosureRequest inStatus(DisclosureRequest r, RequestStatus expected) {
        if (r.status() != expected) {
            throw new RequestException("这份申请当前是“" + r.status().chinese() + "”，不能进行这一步");
        }
        return r;
    }

    void notFuture(LocalDate on) {
        if (on.isAfter(today())) {
            throw new RequestException("日期不能晚于今天");
        }
    }

    static String chinese(LocalDate d) {
        return cn.gongkai.server.shared.ChineseDates.of(d);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
