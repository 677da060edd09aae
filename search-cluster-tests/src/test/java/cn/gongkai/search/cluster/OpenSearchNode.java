package cn.gongkai.search.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One real OpenSearch node with the analysis-smartcn plugin, started inside this JVM on free
 * loopback ports and removed with its data at the end.
 */
final class OpenSearchNode implements AutoCloseable {

    private final OpenSearchRunner runner = new OpenSearchRunner();
    private final int httpPort;

    OpenSearchNode() {
        try {
            Path home = Files.createTempDirectory("gongkai-opensearch");
            httpPort = freePort();
            int transportPort = freePort();
            runner.setMaxHttpPort(65535);
            runner.onBuild((number, settings) -> {
                settings.put("discovery.type", "single-node");
                settings.put("network.host", "127.0.0.1");
                settings.put("transport.port", transportPort);
                // A test machine's disk may be nearly full; the node must still accept writes.
                settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            }).build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).clusterName("gongkai-test")
                    .baseHttpPort(httpPort - 1).disableESLogger()
                    .pluginTypes("org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin"));
            runner.ensureYellow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String host() {
        return "127.0.0.1:" + httpPort;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        runner.close();
        runner.clean();
    }
}
