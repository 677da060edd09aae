package cn.gongkai.server.holidays;

/** A change to the holiday calendar that cannot be made; the message says why, in Chinese. */
public class HolidayException extends RuntimeException {
    public HolidayException(String message) {
        super(message);
    }
}
