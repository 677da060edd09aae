package cn.gongkai.calendar;

/**
 * Whether the start day (the day a request was received) is the first of the counted days. The
 * Regulation says “自收到申请之日起20个工作日内” without defining the count; the usual reading, and
 * the default here, starts counting the next day (as 国办公开办函〔2015〕207号 is commonly applied;
 * its text on this point is UNVERIFIED, facts §2), so it is configurable.
 */
public enum DayCounting {
    /** Day 1 is the first working day after the start day (default). */
    START_DAY_EXCLUDED,
    /** Day 1 is the start day itself when it is a working day. */
    START_DAY_INCLUDED
}
