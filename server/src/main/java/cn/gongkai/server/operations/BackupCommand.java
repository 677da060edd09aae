package cn.gongkai.server.operations;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./gongkai backup FILE} and {@code ./gongkai restore FILE} for the embedded installation in
 * ./data (the defaults of application.yml). Exit 0 done, 2 refused with the reason.
 */
public final class BackupCommand {

    static final Path DATA = Path.of("data");
    static final String URL = "jdbc:h2:file:./data/gongkai;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE;WRITE_DELAY=0";

    private BackupCommand() {
    }

    public static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("用法：./gongkai backup 备份文件.zip  或  ./gongkai restore 备份文件.zip（恢复前请先停止服务）");
            return 2;
        }
        Path file = Path.of(args[1]);
        try {
            if (args[0].equals("backup")) {
                if (!Files.exists(DATA.resolve("gongkai.mv.db"))) {
                    System.err.println("./data 中没有数据库：请在运行过 ./gongkai serve 的目录中备份");
                    return 2;
                }
                Backup.backup(URL, "gongkai", H2Password.ensure(URL, "gongkai"), DATA.resolve("files"), file);
                System.err.println("已备份到 " + file.toAbsolutePath() + "（数据库和附件；检索索引在恢复后自动重建）");
            } else {
                if (!Files.isReadable(file)) {
                    System.err.println("找不到备份文件 " + file);
                    return 2;
                }
                Backup.restore(file, DATA, "gongkai", DATA.resolve("files"), DATA.resolve("search"));
                System.err.println("已从 " + file + " 恢复；启动 ./gongkai serve 时会重建检索索引");
            }
            return 0;
        } catch (Exception e) {
            System.err.println((args[0].equals("backup") ? "备份" : "恢复") + "失败：" + e.getMessage());
            return 2;
        }
    }
}
