package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database of the default setup opens its AUTO_SERVER port on loopback only. Checked in a
 * fresh JVM (H2 reads its bind address once per JVM, and other tests may have loaded H2 already): the child
 * sets the binding as the application does, opens the database as application.yml does, and reports the
 * port from H2's lock file; the port answers on 127.0.0.1 and not on the machine's other addresses.
 */
class H2BindingTests {

    @Test
    @org.junit.jupiter.api.Timeout(120) // a child that never reports must not hang the build
    void theAutoServerPortListensOnLoopbackOnly(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), dir.resolve("db").toString()).redirectErrorStream(true).start();
        String line = String.valueOf(new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)).readLine()).strip();
        try {
            assertThat(line).as("the child's report: server=ADDRESS:PORT").startsWith("server=");
            String[] server = line.substring("server=".length()).split(":");
            int port = Integer.parseInt(server[server.length - 1]);
            assertThat(server[0]).isIn("127.0.0.1", "localhost");
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
            for (InetAddress other : otherAddresses()) {
                assertThat(connects(other, port)).as("H2 port on %s", other).isFalse();
            }
        } finally {
            child.getOutputStream().close(); // the child waits for this, then exits
            child.waitFor(10, TimeUnit.SECONDS);
            child.destroy();
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InetAddress> otherAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
    }

    /** The child: binds as the application does, opens the database with AUTO_SERVER, prints H2's server entry. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            H2Binding.loopbackOnly();
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";AUTO_SERVER=TRUE", "gongkai", "")) {
                Properties lock = new Properties();
                try (var in = Files.newInputStream(Path.of(args[0] + ".lock.db"))) {
                    lock.load(in);
                }
                System.out.println("server=" + lock.getProperty("server"));
                System.out.flush();
                System.in.read(); // keep the database (and its port) open until the test is done
            }
        }
    }
}
