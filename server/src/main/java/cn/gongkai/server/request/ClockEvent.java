package cn.gongkai.server.request;

import java.time.LocalDate;

/**
 * Something that moves a request's clock, on the day it happened.
 *
 * @param days for a correction request, the period given to the applicant (working days); otherwise 0
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
        /** 延期答复 (Art. 33): once, at most 20 more working days. */
        EXTENDED,
        /** 征求第三方意见 (Art. 32) or another organ's (Art. 34) sent: time not counted. */
        CONSULTATION_STARTED,
        CONSULTATION_ENDED,
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
