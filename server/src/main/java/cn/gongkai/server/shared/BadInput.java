package cn.gongkai.server.shared;

/**
 * A request that cannot be carried out because of what was sent (an unknown choice, a value out of range):
 * answered with 400 and this Chinese message, which says what to do. Not logged as an error.
 */
public final class BadInput extends RuntimeException {

    public BadInput(String message) {
        super(message, null, false, false);
    }
}
