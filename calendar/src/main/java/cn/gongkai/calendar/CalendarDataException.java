package cn.gongkai.calendar;

/** The holiday data cannot be used; the message names the file, line and column and what is wrong. */
public final class CalendarDataException extends Exception {

    public CalendarDataException(String message) {
        super(message);
    }
}
