package cn.gongkai.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One platform instance: the server's executable jar in a process of its own, cluster profile, free loopback ports. */
final class ServerInstance {

    final String name;
    final int port;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path dir;
    final Path log;
    private Process process;

    ServerInstance(String name, Path jar, Path dir, Map<String, String> env, List<String> extraArgs) throws IOException {
        this.name = name;
        this.port = OpenSearchNode.freePort();
        this.dir = Files.createDirectories(dir);
        this.log = dir.resolve("server.log");
        this.env = env;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command = new ArrayList<>(List.of(java, "-Xmx400m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString(), "--spring.profiles.active=cluster", "--server.port=" + port,
                "--management.server.port=" + OpenSearchNode.freePort()));
        command.addAll(extraArgs);
    }

    void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        process = pb.start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly)); // never outlives the test JVM
    }

    /** Waits until the instance answers its login page; fails with the log's tail when it died or took too long. */
    void awaitReady(Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("实例 " + name + " 启动失败：\n" + tail());
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("实例 " + name + " 在 " + within.toSeconds() + " 秒内未就绪：\n" + tail());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no flush, as a machine that loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail() {
        String text = logText();
        return text.substring(Math.max(0, text.length() - 4000));
    }
}
