package cn.gongkai.server.request;

import java.time.LocalDate;

/**
 * Something that moves a request's clock, on the day it happened.
 *
 * @param days for a correction or reasons request, the period given to the applicant; for an extension,
 *             its length (working days); otherwise 0
 */
public record ClockEvent(Kind kind, LocalDate on, int days) {

    /** What happened. */
    public enum Kind {
        /** 收到申请 (Art. 31: the receipt date of the channel). */
        RECEIVED,
        /** 补正告知 sent (Art. 30): the clock stops until the correction arrives. */
        CORRECTION_REQUESTED,
        /** 补正 received: the reply period starts again from this day. */
        CORRECTION_RECEIVED,
        /** 延期答复 (Art. 33): once, {@code days} more working days (at most 20). */
        EXTENDED,
        /** 征求第三方意见 (Art. 32) sent: time not counted (Art. 33 第三款). */
        CONSULTATION_STARTED,
        CONSULTATION_ENDED,
        /** 征求其他机关意见 (Art. 34, jointly made information) sent: time not counted either. */
        ORGAN_CONSULTATION_STARTED,
        ORGAN_CONSULTATION_ENDED,
        /** Art. 35: the applicant asked to state reasons within {@code days} working days; the clock runs on. */
        REASONS_REQUESTED,
        REASONS_RECEIVED,
        /** 收费通知 sent: the applicant has 20 working days from the next day to pay. */
        FEE_NOTICE_SENT,
        FEE_PAID,
        /** The decision was sent to the applicant: the case is closed. */
        DECIDED
    }

    public static ClockEvent of(Kind kind, LocalDate on) {
        return new ClockEvent(kind, on, 0);
    }
}
