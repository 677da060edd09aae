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
    private final LetterHeads heads;
    private final java.util.Set<Channel> confirmedChannels;

    RequestService(Requests requests, PersonalDataCipher cipher, HolidayCalendar holidays, Organs organs,
            Ledger ledger, Clock clock, LetterHeads heads,
            @Value("${gongkai.requests.count-receipt-day:false}") boolean countReceiptDay,
            @Value("${gongkai.requests.fee-wait-pauses-clock:true}") boolean feeWaitPauses,
            @Value("${gongkai.requests.confirmed-channels:" + Channel.CONFIRMED_BY_DEFAULT + "}") String confirmed) {
        this.heads = heads;
        this.confirmedChannels = Channel.parse(confirmed);
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

    cn.gongkai.calendar.WorkingDayCalendar calendar() {
        return holidays.current();
    }

    ClockSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- intake ----

    /** The public form: received the day it is submitted (Art. 31(三): online, confirmed at once). */
    @Transactional
    public Submitted submitOnline(Organ organ, IntakeForm form) {
        return submitOnline(organ, form, ApplicantContact.NONE);
    }

    /** With the contact as separate fields (phone, address, postcode, e-mail), each checked and encrypted. */
    @Transactional
    public Submitted submitOnline(Organ organ, IntakeForm form, ApplicantContact fields) {
        if (form.channel() != Channel.ONLINE) {
            throw new IllegalArgumentException("网上申请的渠道只能是 ONLINE");
        }
        refuseBad(fields);
        Submitted s = create(organ, form, "网上申请");
        saveFields(s, fields);
        return s;
    }

    /** Staff register a request that arrived at the counter, by post, fax or e-mail. */
    @Transactional
    public Submitted register(StaffUser staff, IntakeForm form) {
        return register(staff, form, ApplicantContact.NONE);
    }

    /** With the applicant's phone, address, postcode and e-mail as separate fields (each encrypted). */
    @Transactional
    public Submitted register(StaffUser staff, IntakeForm form, ApplicantContact fields) {
        Organ organ = organs.byId(staff.organId()).orElseThrow();
        requireHandler(staff);
        refuseBad(fields);
        Submitted s = create(organ, form, staff.username());
        saveFields(s, fields);
        return s;
    }

    private static void refuseBad(ApplicantContact fields) {
        List<String> problems = fields.problems();
        if (!problems.isEmpty()) {
            throw new RequestException(String.join("；", problems));
        }
    }

    private void saveFields(Submitted s, ApplicantContact fields) {
        if (!fields.empty()) {
            requests.saveApplicantContact(s.request().id(), new ApplicantContact(enc(fields.phone()), enc(fields.address()),
                    enc(fields.postcode()), enc(fields.email())));
        }
    }

    private @Nullable String enc(@Nullable String s) {
        return s == null ? null : cipher.encrypt(s);
    }

    private @Nullable String dec(@Nullable String s) {
        return s == null ? null : cipher.decrypt(s);
    }

    /** The full contact fields, to address a letter; every such view goes to the ledger. */
    @Transactional
    public ApplicantContact revealContact(StaffUser staff, long id) {
        DisclosureRequest r = actable(staff, id);
        ApplicantContact e = requests.applicantContact(id);
        ledger.record(new Action(staff.username(), r.organId(), "personal-data-view", "request", r.requestNumber(), null,
                "查看申请人联系方式"));
        return new ApplicantContact(dec(e.phone()), dec(e.address()), dec(e.postcode()), dec(e.email()));
    }

    private Submitted create(Organ organ, IntakeForm form, String by) {
        List<String> problems = form.problems(today(), confirmedChannels);
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
        issue(r, LetterKind.ACKNOWLEDGEMENT, Map.of("答复期限", chinese(state.deadline().date())
                + (state.deadline().provisional() ? "（暂定：该年节假日安排尚未公布）" : "")), by, today());
        // The ledger holds the request number and channel, never the applicant's personal data; the stated
        // receipt date beside the entry's own time, so a request entered the next day shows both.
        ledger.record(new Action(by, organ.id(), "request-receive", "request", number, null,
                form.channel().chinese() + " 收到日期 " + form.receivedOn() + "（录入于 " + today() + "）"));
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

    /** A case by its number without an access check, for the platform's own use (notifications), never for a page. */
    public Optional<CaseView> byNumber(String number) {
        return requests.byNumber(number).map(this::view);
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

    /** Whether a channel's receipt date is the day both sides confirm (setting gongkai.requests.confirmed-channels). */
    public boolean needsConfirmation(Channel c) {
        return confirmedChannels.contains(c);
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

    // ---- helpers ----

    CaseView view(DisclosureRequest r) {
        List<RequestEvent> events = requests.events(r.id());
        ClockState state = clock().state(events.stream().map(RequestEvent::clockEvent).toList(), today());
        String id = r.idNumberEnc() == null ? "—" : Masking.idNumber(cipher.decrypt(r.idNumberEnc()));
        ApplicantContact e = requests.applicantContact(r.id());
        ApplicantContact fields = new ApplicantContact(dec(e.phone()), dec(e.address()), dec(e.postcode()), dec(e.email()));
        return new CaseView(r, state, events, requests.letters(r.id()), id, Masking.contact(cipher.decrypt(r.contactEnc())),
                fields.masked());
    }

    Letter issue(DisclosureRequest r, LetterKind kind, Map<String, String> extra, String by, LocalDate on) {
        Organ organ = organs.byId(r.organId()).orElseThrow();
        Map<String, String> values = new HashMap<>(extra);
        values.put("申请人", r.applicantName());
        values.put("收到日期", chinese(r.receivedOn()));
        values.put("申请编号", r.requestNumber());
        values.put("申请内容", r.description() + (r.documentNumber() == null ? "" : "（" + r.documentNumber() + "）"));
        values.put("机关", organ.name());
        values.putIfAbsent("第三方", "");
        String template = requests.template(r.organId(), kind).orElse(LetterTemplates.builtIn(kind));
        LetterHeads.Head head = heads.next(organ, on.getYear());
        String body = LetterTemplates.fill(template, values) + "\n联系人：" + head.contactPerson()
                + (head.contactPhone().isEmpty() ? "" : "　联系电话：" + head.contactPhone());
        return requests.addLetter(r.id(), kind, kind.title(), body, on, by, head.number());
    }

    void event(StaffUser staff, DisclosureRequest r, ClockEvent e, @Nullable String note) {
        requests.addEvent(r.id(), e, note, staff.username(), OffsetDateTime.now(clock));
    }

    /** Stores the case and ledgers the step with its stated date (the ledger entry has its own time). */
    void save(StaffUser staff, DisclosureRequest after, String action, LocalDate on) {
        DisclosureRequest before = requests.byId(after.id()).orElseThrow();
        requests.update(after);
        ledger.record(new Action(staff.username(), after.organId(), action, "request", after.requestNumber(),
                before.status().name(), after.status().name() + (after.outcome() == null ? "" : " " + after.outcome().name())
                        + " 日期 " + on));
    }

    /** The stated date of a step, checked against today and the case's earlier steps. */
    LocalDate stepDate(DisclosureRequest r, LocalDate on, String step) {
        return StepDates.check(requests.events(r.id()), on, today(), step);
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

    static String chinese(LocalDate d) {
        return cn.gongkai.server.shared.ChineseDates.of(d);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
