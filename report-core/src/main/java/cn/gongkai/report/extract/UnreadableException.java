package cn.gongkai.report.extract;

/** The bytes cannot be read as a report; the message says why, in Chinese, and what to do. */
public class UnreadableException extends Exception {

    public UnreadableException(String message) {
        super(message);
    }

    public UnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
