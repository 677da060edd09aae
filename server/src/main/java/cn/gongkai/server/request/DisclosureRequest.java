package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * 政府信息公开申请: one request to one organ. The identity number and contact are held encrypted;
 * {@link #idNumberEnc()} and {@link #contactEnc()} are never shown, only their masked forms.
 *
 * @param applicantType the column of table 三 the applicant is counted in
 */
public record DisclosureRequest(long id, long organId, String requestNumber, String queryCodeHash,
        ApplicantColumn applicantType, String applicantName, @Nullable String idDocument, @Nullable String idNumberEnc,
        String contactEnc, String description, @Nullable String documentNumber, FormWanted formWanted,
        Delivery delivery, Channel channel, LocalDate receivedOn, @Nullable String receiptNote, RequestStatus status,
        @Nullable Outcome outcome, int decisionStep, @Nullable LocalDate closedOn, @Nullable String feeMode,
        @Nullable Long feeAmount, @Nullable Long feePaid, String createdBy, OffsetDateTime createdAt) {

    public boolean naturalPerson() {
        return applicantType == ApplicantColumn.NATURAL_PERSON;
    }

    /** The name as lists show it: a person's masked, an organization's whole. */
    public String shownName() {
        return naturalPerson() ? Masking.personName(applicantName) : applicantName;
    }

    public DisclosureRequest with(RequestStatus newStatus) {
        return new DisclosureRequest(id, organId, requestNumber, queryCodeHash, applicantType, applicantName, idDocument,
                idNumberEnc, contactEnc, description, documentNumber, formWanted, delivery, channel, receivedOn,
                receiptNote, newStatus, outcome, decisionStep, closedOn, feeMode, feeAmount, feePaid, createdBy, createdAt);
    }

    public DisclosureRequest decision(@Nullable Outcome newOutcome, int step, RequestStatus newStatus,
            @Nullable LocalDate closed) {
        return new DisclosureRequest(id, organId, requestNumber, queryCodeHash, applicantType, applicantName, idDocument,
                idNumberEnc, contactEnc, description, documentNumber, formWanted, delivery, channel, receivedOn,
                receiptNote, newStatus, newOutcome, step, closed, feeMode, feeAmount, feePaid, createdBy, createdAt);
    }

    public DisclosureRequest fee(String mode, long amount, @Nullable Long paid, RequestStatus newStatus) {
        return new DisclosureRequest(id, organId, requestNumber, queryCodeHash, applicantType, applicantName, idDocument,
                idNumberEnc, contactEnc, description, documentNumber, formWanted, delivery, channel, receivedOn,
                receiptNote, newStatus, outcome, decisionStep, closedOn, mode, amount, paid, createdBy, createdAt);
    }
}
