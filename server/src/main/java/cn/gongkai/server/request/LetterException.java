package cn.gongkai.server.request;

/** A letter file that cannot be produced; the message says what to do. */
public class LetterException extends RuntimeException {
    public LetterException(String message) {
        super(message);
    }
}
