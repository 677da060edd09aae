package cn.gongkai.server.request;

import cn.gongkai.calendar.DayCounting;

/**
 * What the law leaves open, as configuration (facts §2: 国办公开办函〔2015〕207号 part 二 unread).
 *
 * @param counting            whether the receipt day itself counts (default: it does not)
 * @param replyDays           Art. 33: 20 working days
 * @param extensionDays       Art. 33: at most 20 more
 * @param correctionWithin    Art. 30: the correction request within 7 working days of receipt
 * @param feePaymentDays      109号: 20 working days from the day after the fee notice
 * @param feeWaitPausesClock  whether the time waiting for payment is left out of the reply period (the
 *                            办法 says the notice is sent within the period; whether the wait counts is
 *                            unverified, so it is a setting; default: it pauses, like a consultation)
 */
public record ClockSettings(DayCounting counting, int replyDays, int extensionDays, int correctionWithin,
        int feePaymentDays, boolean feeWaitPausesClock) {

    public static final ClockSettings DEFAULT = new ClockSettings(DayCounting.START_DAY_EXCLUDED, 20, 20, 7, 20, true);
}
