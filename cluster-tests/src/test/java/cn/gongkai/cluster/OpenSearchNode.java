package cn.gongkai.cluster;

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
            }).build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).clusterName("gongkai-cluster-test")
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

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Removes one item's document from every index, as if its index write had never happened. */
    void deleteDocument(long itemId) throws IOException, InterruptedException {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + host()
                        + "/_all/_delete_by_query?refresh=true")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":{\"ids\":{\"values\":[\"" + itemId
                        + "\"]}}}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"deleted\":1")) {
            throw new IllegalStateException("删除检索文档失败：" + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws IOException {
        runner.close();
        runner.clean();
    }
}
