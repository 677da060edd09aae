package cn.gongkai.server;

/**
 * The embedded H2 database's own server (AUTO_SERVER, which lets ./gongkai report and backup open the
 * database while ./gongkai serve has it) listens on loopback only. H2 otherwise opens its port on every
 * interface, with the empty password of the default setup (issue 11). H2 reads {@code h2.bindAddress} once,
 * when its settings class loads, so this runs before anything touches H2: first thing in {@code main}, and
 * when the application class loads (tests).
 */
final class H2Binding {

    static final String PROPERTY = "h2.bindAddress";

    private H2Binding() {
    }

    /** Binds H2's servers to 127.0.0.1 unless the operator chose an address (-Dh2.bindAddress=…). */
    static void loopbackOnly() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "127.0.0.1");
        }
    }
}
