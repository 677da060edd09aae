package cn.gongkai.server.publication;

/** An action that is not allowed now or for this person; the message says why, in Chinese. */
public class PublicationException extends RuntimeException {

    public PublicationException(String message) {
        super(message);
    }
}
