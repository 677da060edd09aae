package cn.gongkai.server.request;

/** A step of a request that cannot be taken now; the message says why and what to do, in Chinese. */
public class RequestException extends RuntimeException {
    public RequestException(String message) {
        super(message);
    }
}
