package cn.gongkai.cluster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code scripts/cluster-demo}: the same cluster as the test, for a person to watch (and, with
 * {@code --keep MINUTES}, to use by hand): publish on A, read on B, kill A under load, restart A.
 * Skipped in the ordinary build (runs only with {@code -Dgongkai.cluster.demo=true}).
 */
@EnabledIfSystemProperty(named = "gongkai.cluster.demo", matches = "true")
class ClusterDemo {

    @Test
    void demo() throws Exception {
        Path jar = Path.of(System.getProperty("gongkai.server.jar"));
        long keep = Long.getLong("gongkai.cluster.keep-minutes", 0);
        say("启动 PostgreSQL、OpenSearch、S3 兼容存储、实例 A 和 B、nginx（全部在 127.0.0.1 上）…");
        try (Cluster c = new Cluster(jar)) {
            say("实例 A：" + c.a.base() + "  实例 B：" + c.b.base() + "  负载均衡（nginx）：" + c.nginx.base());
            say("工作目录（日志、nginx 配置、对象存储的文件）：" + c.work);
            String title = "普威镇多实例演示公告";
            Cluster.publish(c.a.base(), title);
            long t0 = System.nanoTime();
            Browser visitor = Browser.anonymous();
            while (!visitor.get(c.b.base() + "/portal/puwei").body().contains(title)) {
                Thread.sleep(20);
            }
            say("1. 在 A 上发布《" + title + "》，" + (System.nanoTime() - t0) / 1_000_000 + " 毫秒后 B 的门户已显示：" + c.b.base()
                    + "/portal/puwei");
            boolean found = Browser.text(visitor.get(c.b.base() + "/search?q="
                    + URLEncoder.encode("多实例演示", StandardCharsets.UTF_8)).body()).contains(title);
            say("   B 的检索" + (found ? "已能查到" : "尚未查到") + "这条信息。");
            say("2. 经 nginx 施加 30 秒混合负载（3 个访客读公开页面、1 名工作人员写草稿），第 10 秒用 SIGKILL 结束 A…");
            LoadRun run = new LoadRun(c.nginx.base());
            run.runFor(30_000, 10_000, c.a::kill);
            say("   公开页面成功读取 " + run.reads() + " 次；已确认的草稿 " + run.acknowledged().size() + " 份；失败请求 "
                    + run.failures().size() + " 个（均为 A 被结束时正在处理的请求）：");
            run.failures().forEach(f -> say("     " + f.what() + "：" + f.why()));
            long missing = 0;
            for (var e : run.acknowledged().entrySet()) {
                if (!run.staff().get(c.nginx.base() + "/workspace/items/" + e.getKey()).body().contains(e.getValue())) {
                    missing++;
                }
            }
            say("   已确认的草稿在 B 上缺失 " + missing + " 份。");
            say("3. 重新启动 A…");
            c.a.start();
            c.a.awaitReady(java.time.Duration.ofMinutes(3));
            say("   A 已恢复，门户显示 A 停机前后发布的信息：" + visitor.get(c.a.base() + "/portal/puwei").body().contains(title));
            if (keep > 0) {
                say("集群保持运行 " + keep + " 分钟，可在浏览器中打开 " + c.nginx.base() + "（演示账号见 README）；Ctrl-C 结束。");
                Thread.sleep(keep * 60_000);
            }
        }
        say("已停止全部进程。");
    }

    private static void say(String line) {
        System.out.println("[cluster-demo] " + line);
    }
}
