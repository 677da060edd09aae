package cn.gongkai.server.accounts;

/** An account action that is not allowed; the message says why, in Chinese. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
