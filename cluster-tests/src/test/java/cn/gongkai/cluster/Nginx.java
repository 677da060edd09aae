package cn.gongkai.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as the load balancer, on a free loopback port: round robin over the instances, so one
 * visitor's requests alternate between them. An instance that refuses connections is passed over (its
 * requests go to the next); a request already sent to an instance that dies is not repeated unless it is a GET.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    final int port;
    private final Process process;
    private final Path dir;

    Nginx(Path dir, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.port = OpenSearchNode.freePort();
        StringBuilder servers = new StringBuilder();
        for (int p : upstreamPorts) {
            servers.append("    server 127.0.0.1:").append(p).append(" max_fails=1 fail_timeout=5s;\n");
        }
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream gongkai {
                %2$s  }
                  server {
                    listen 127.0.0.1:%3$d;
                    client_max_body_size 100m;
                    location / {
                      proxy_pass http://gongkai;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 30s;
                      proxy_next_upstream error timeout http_502;
                    }
                  }
                }
                """.formatted(dir, servers, port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        for (int i = 0; i < 50 && !listening(); i++) {
            Thread.sleep(100);
        }
        if (!listening()) {
            throw new IllegalStateException("nginx 未能启动：" + Files.readString(dir.resolve("stdout.log"))
                    + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
        }
    }

    private boolean listening() {
        try (var s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM to the master, which ends its worker
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
