package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.ReviewGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.gongkai.server.shared.Ids;
import cn.gongkai.server.shared.Numbering;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored requests, their events and letters, and review cases. */
@Repository
class Requests {

    private final JdbcClient jdbc;
    private final Ids ids;
    private final Numbering numbering;

    Requests(JdbcClient jdbc, Ids ids, Numbering numbering) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.numbering = numbering;
    }

    long nextId(String table) {
        return ids.next(table);
    }

    /** The sequence part of the next 申请编号 of the organ and year: locked counter, gapless (rolls back with the request). */
    long nextNumber(long organId, int year) {
        return numbering.next("request-number", organId, year);
    }

    /**
     * 按件计收 (国办函〔2020〕109号 第四条): the requests of the same applicant (by name) to the organ in the
     * calendar month of {@code r}'s receipt that were received before it — by receipt date, and on the
     * same day by registration order. The request's place in its month is this count + 1, whatever
     * came in later.
     */
    int countEarlierSameApplicantInMonth(DisclosureRequest r) {
        LocalDate first = r.receivedOn().withDayOfMonth(1);
        return jdbc.sql("""
                SELECT count(*) FROM disclosure_request WHERE organ_id = :o AND applicant_name = :n
                AND received_on >= :a AND (received_on < :d OR (received_on = :d AND id < :id))""")
                .param("o", r.organId()).param("n", r.applicantName()).param("a", first).param("d", r.receivedOn())
                .param("id", r.id()).query(Integer.class).single();
    }

    void insert(DisclosureRequest r) {
        jdbc.sql("""
                INSERT INTO disclosure_request (id, organ_id, request_number, query_code_hash, applicant_type,
                    applicant_name, id_document, id_number_enc, contact_enc, description, document_number, form_wanted,
                    delivery, channel, received_on, receipt_note, status, outcome, decision_step, closed_on, fee_mode,
                    fee_amount, fee_paid, created_by, created_at)
                VALUES (:id, :organ, :number, :code, :type, :name, :doc, :idnum, :contact, :descr, :docno, :form, :delivery,
                    :channel, :received, :note, :status, :outcome, :step, :closed, :feemode, :fee, :paid, :by, :at)""")
                .params(params(r)).update();
    }

    void update(DisclosureRequest r) {
        jdbc.sql("""
                UPDATE disclosure_request SET status = :status, outcome = :outcome, decision_step = :step,
                    closed_on = :closed, fee_mode = :feemode, fee_amount = :fee, fee_paid = :paid WHERE id = :id""")
                .params(params(r)).update();
    }

    Optional<DisclosureRequest> byId(long id) {
        return jdbc.sql("SELECT * FROM disclosure_request WHERE id = :id").param("id", id).query(Requests::map).optional();
    }

    Optional<DisclosureRequest> byNumber(String number) {
        return jdbc.sql("SELECT * FROM disclosure_request WHERE request_number = :n").param("n", number)
                .query(Requests::map).optional();
    }

    List<DisclosureRequest> forOrgan(long organId) {
        return jdbc.sql("SELECT * FROM disclosure_request WHERE organ_id = :o ORDER BY received_on DESC, id DESC")
                .param("o", organId).query(Requests::map).list();
    }

    List<DisclosureRequest> all() {
        return jdbc.sql("SELECT * FROM disclosure_request ORDER BY id").query(Requests::map).list();
    }

    RequestEvent addEvent(long requestId, ClockEvent e, @Nullable String note, String by, OffsetDateTime at) {
        long id = nextId("request_event");
        jdbc.sql("""
                INSERT INTO request_event (id, request_id, kind, on_date, days, note, by_user, at_time)
                VALUES (:id, :r, :k, :on, :days, :note, :by, :at)""").param("id", id).param("r", requestId)
                .param("k", e.kind().name()).param("on", e.on()).param("days", e.days()).param("note", note)
                .param("by", by).param("at", at).update();
        return new RequestEvent(id, requestId, e.kind(), e.on(), e.days(), note, by, at);
    }

    /** A fee notice or payment of the year, with its request's amounts. */
    record FeeEvent(ClockEvent.Kind kind, @Nullable Long amount, @Nullable Long paid) {
    }

    List<FeeEvent> feeEvents(long organId, int year) {
        return jdbc.sql("""
                SELECT e.kind, r.fee_amount, r.fee_paid FROM request_event e JOIN disclosure_request r ON r.id = e.request_id
                WHERE r.organ_id = :o AND e.kind IN ('FEE_NOTICE_SENT', 'FEE_PAID') AND e.on_date >= :a AND e.on_date < :b""")
                .param("o", organId).param("a", LocalDate.of(year, 1, 1)).param("b", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> {
                    long amount = rs.getLong("fee_amount");
                    Long a = rs.wasNull() ? null : amount;
                    long paid = rs.getLong("fee_paid");
                    Long p = rs.wasNull() ? null : paid;
                    return new FeeEvent(ClockEvent.Kind.valueOf(rs.getString("kind")), a, p);
                }).list();
    }

    List<RequestEvent> events(long requestId) {
        return jdbc.sql("SELECT * FROM request_event WHERE request_id = :r ORDER BY on_date, id").param("r", requestId)
                .query((rs, n) -> new RequestEvent(rs.getLong("id"), rs.getLong("request_id"),
                        ClockEvent.Kind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class),
                        rs.getInt("days"), rs.getString("note"), rs.getString("by_user"),
                        rs.getObject("at_time", OffsetDateTime.class))).list();
    }

    Letter addLetter(long requestId, LetterKind kind, String title, String body, LocalDate on, String by,
            @Nullable String number) {
        long id = nextId("request_letter");
        jdbc.sql("""
                INSERT INTO request_letter (id, request_id, kind, title, body, issued_on, created_by, letter_number)
                VALUES (:id, :r, :k, :t, :b, :on, :by, :no)""").param("id", id).param("r", requestId).param("k", kind.name())
                .param("t", title).param("b", body).param("on", on).param("by", by).param("no", number).update();
        return new Letter(id, requestId, kind, title, body, on, by, number, null, null);
    }

    /** Whether the organ already has a case received that day from that applicant about that (a repeated import). */
    boolean samePastCase(long organId, LocalDate received, String name, String description) {
        return jdbc.sql("""
                SELECT count(*) FROM disclosure_request WHERE organ_id = :o AND received_on = :d AND applicant_name = :n
                AND description = :t""").param("o", organId).param("d", received).param("n", name).param("t", description)
                .query(Long.class).single() > 0;
    }

    void saveApplicantContact(long requestId, ApplicantContact encrypted) {
        jdbc.sql("""
                INSERT INTO applicant_contact (request_id, phone_enc, address_enc, postcode_enc, email_enc)
                VALUES (:r, :p, :a, :z, :e)""").param("r", requestId).param("p", encrypted.phone())
                .param("a", encrypted.address()).param("z", encrypted.postcode()).param("e", encrypted.email()).update();
    }

    /** The encrypted fields, or NONE. */
    ApplicantContact applicantContact(long requestId) {
        return jdbc.sql("SELECT phone_enc, address_enc, postcode_enc, email_enc FROM applicant_contact WHERE request_id = :r")
                .param("r", requestId).query((rs, n) -> new ApplicantContact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).optional().orElse(ApplicantContact.NONE);
    }

    void editLetter(long letterId, String body, String by) {
        jdbc.sql("UPDATE request_letter SET body = :b, edited_by = :by WHERE id = :id").param("b", body).param("by", by)
                .param("id", letterId).update();
    }

    /** The review step an edited letter is at, or null once it is issued. */
    void letterReviewStep(long letterId, @Nullable Integer step) {
        jdbc.sql("UPDATE request_letter SET review_step = :s WHERE id = :id").param("s", step).param("id", letterId).update();
    }

    void delivered(long requestId, String method) {
        jdbc.sql("UPDATE disclosure_request SET delivery_method = :m WHERE id = :id").param("m", method)
                .param("id", requestId).update();
    }

    List<Letter> letters(long requestId) {
        return jdbc.sql("SELECT * FROM request_letter WHERE request_id = :r ORDER BY id").param("r", requestId)
                .query(Requests::letter).list();
    }

    Optional<Letter> letter(long id) {
        return jdbc.sql("SELECT * FROM request_letter WHERE id = :id").param("id", id).query(Requests::letter).optional();
    }

    Optional<String> template(long organId, LetterKind kind) {
        return jdbc.sql("SELECT body FROM letter_template WHERE organ_id = :o AND kind = :k").param("o", organId)
                .param("k", kind.name()).query(String.class).optional();
    }

    void saveTemplate(long organId, LetterKind kind, String body) {
        jdbc.sql("DELETE FROM letter_template WHERE organ_id = :o AND kind = :k").param("o", organId)
                .param("k", kind.name()).update();
        jdbc.sql("INSERT INTO letter_template (organ_id, kind, body) VALUES (:o, :k, :b)").param("o", organId)
                .param("k", kind.name()).param("b", body).update();
    }

    void deleteTemplate(long organId, LetterKind kind) {
        jdbc.sql("DELETE FROM letter_template WHERE organ_id = :o AND kind = :k").param("o", organId)
                .param("k", kind.name()).update();
    }

    ReviewCase addReview(ReviewCase c) {
        long id = nextId("review_case");
        jdbc.sql("""
                INSERT INTO review_case (id, organ_id, request_id, review_group, filed_on, body, result, decided_on)
                VALUES (:id, :o, :r, :g, :f, :b, :res, :d)""").param("id", id).param("o", c.organId())
                .param("r", c.requestId()).param("g", c.group().name()).param("f", c.filedOn()).param("b", c.body())
                .param("res", c.result() == null ? null : c.result().name()).param("d", c.decided()).update();
        return new ReviewCase(id, c.organId(), c.requestId(), c.group(), c.filedOn(), c.body(), c.result(), c.decided());
    }

    /** What a review case without a request is about. */
    void reviewSubject(long id, String subject) {
        jdbc.sql("UPDATE review_case SET subject = :s WHERE id = :id").param("s", subject).param("id", id).update();
    }

    void decideReview(long id, ReviewCase.Result result, LocalDate on) {
        jdbc.sql("UPDATE review_case SET result = :r, decided_on = :d WHERE id = :id").param("r", result.name())
                .param("d", on).param("id", id).update();
    }

    Optional<ReviewCase> review(long id) {
        return jdbc.sql("SELECT * FROM review_case WHERE id = :id").param("id", id).query(Requests::review).optional();
    }

    List<ReviewCase> reviews(long organId) {
        return jdbc.sql("SELECT * FROM review_case WHERE organ_id = :o ORDER BY filed_on DESC, id DESC").param("o", organId)
                .query(Requests::review).list();
    }

    private static ReviewCase review(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result");
        long request = rs.getLong("request_id");
        return new ReviewCase(rs.getLong("id"), rs.getLong("organ_id"), rs.wasNull() ? null : request,
                ReviewGroup.valueOf(rs.getString("review_group")), rs.getObject("filed_on", LocalDate.class),
                rs.getString("body"), result == null ? null : ReviewCase.Result.valueOf(result),
                rs.getObject("decided_on", LocalDate.class));
    }

    private static Letter letter(ResultSet rs, int n) throws SQLException {
        return new Letter(rs.getLong("id"), rs.getLong("request_id"), LetterKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("created_by"), rs.getString("letter_number"), rs.getString("edited_by"),
                (Integer) rs.getObject("review_step", Integer.class));
    }

    private static Map<String, Object> params(DisclosureRequest r) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("organ", r.organId());
        p.put("number", r.requestNumber());
        p.put("code", r.queryCodeHash());
        p.put("type", r.applicantType().name());
        p.put("name", r.applicantName());
        p.put("doc", r.idDocument());
        p.put("idnum", r.idNumberEnc());
        p.put("contact", r.contactEnc());
        p.put("descr", r.description());
        p.put("docno", r.documentNumber());
        p.put("form", r.formWanted().name());
        p.put("delivery", r.delivery().name());
        p.put("channel", r.channel().name());
        p.put("received", r.receivedOn());
        p.put("note", r.receiptNote());
        p.put("status", r.status().name());
        p.put("outcome", r.outcome() == null ? null : r.outcome().name());
        p.put("step", r.decisionStep());
        p.put("closed", r.closedOn());
        p.put("feemode", r.feeMode());
        p.put("fee", r.feeAmount());
        p.put("paid", r.feePaid());
        p.put("by", r.createdBy());
        p.put("at", r.createdAt());
        return p;
    }

    private static DisclosureRequest map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        long fee = rs.getLong("fee_amount");
        boolean noFee = rs.wasNull();
        long paid = rs.getLong("fee_paid");
        boolean noPaid = rs.wasNull();
        return new DisclosureRequest(rs.getLong("id"), rs.getLong("organ_id"), rs.getString("request_number"),
                rs.getString("query_code_hash").strip(), ApplicantColumn.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"), rs.getString("id_document"), rs.getString("id_number_enc"),
                rs.getString("contact_enc"), rs.getString("description"), rs.getString("document_number"),
                FormWanted.valueOf(rs.getString("form_wanted")), Delivery.valueOf(rs.getString("delivery")),
                Channel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
                rs.getString("receipt_note"), RequestStatus.valueOf(rs.getString("status")),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getInt("decision_step"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("fee_mode"), noFee ? null : fee,
                noPaid ? null : paid, rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
