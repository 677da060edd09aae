package cn.gongkai.server.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded installation: the H2 database (H2's online {@code BACKUP TO}, a
 * consistent copy while the server runs) and the attachment files, in one zip. The search index is left
 * out: it is derived from the database and rebuilt at the next start. PostgreSQL installations use
 * pg_dump/pg_restore instead (README).
 */
public final class Backup {

    static final String DATABASE_ENTRY = "database/";
    static final String FILES_ENTRY = "files/";
    static final String MANIFEST = "gongkai-backup.txt";

    private Backup() {
    }

    /** Writes the backup of the database at {@code jdbcUrl} and the files under {@code filesRoot} to {@code target}. */
    public static void backup(String jdbcUrl, String user, String password, Path filesRoot, Path target)
            throws IOException, SQLException {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            throw new IllegalArgumentException("./gongkai backup 只用于内置 H2 数据库；PostgreSQL 请用 pg_dump（见 README）");
        }
        Path work = Files.createTempDirectory("gongkai-backup");
        try {
            Path db = work.resolve("db.zip");
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + db.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(("Gongkai backup\nformat 1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (!password.isEmpty()) { // the copied database keeps its user's password: restore needs it
                    zip.putNextEntry(new ZipEntry(H2Password.FILE));
                    zip.write(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(db))) {
                    ZipEntry e;
                    while ((e = in.getNextEntry()) != null) {
                        zip.putNextEntry(new ZipEntry(DATABASE_ENTRY + e.getName()));
                        in.transferTo(zip);
                    }
                }
                if (Files.isDirectory(filesRoot)) {
                    try (Stream<Path> files = Files.walk(filesRoot)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            zip.putNextEntry(new ZipEntry(FILES_ENTRY + filesRoot.relativize(f).toString().replace('\\', '/')));
                            Files.copy(f, zip);
                        }
                    }
                }
            }
            // Written beside the target and moved at the end: a failed backup never leaves a half file behind.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try (Stream<Path> left = Files.walk(work)) {
                for (Path p : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Restores a backup into {@code dataDir} (database file name {@code databaseName}.mv.db) and
     * {@code filesRoot}, with the server stopped; the search index under {@code searchDir} is removed so
     * that the next start rebuilds it. Refuses to overwrite a database that is open.
     */
    public static void restore(Path backup, Path dataDir, String databaseName, Path filesRoot, Path searchDir)
            throws IOException {
        if (Files.exists(dataDir.resolve(databaseName + ".lock.db"))) {
            throw new IllegalStateException("数据库正在使用中：请先停止 ./gongkai serve 再恢复");
        }
        boolean manifest = false;
        Path staging = Files.createTempDirectory(dataDir.toAbsolutePath().getParent() == null ? Path.of(".") : dataDir.toAbsolutePath().getParent(), "restore");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (name.equals(MANIFEST)) {
                    manifest = true;
                    continue;
                }
                if (name.contains("..") || name.startsWith("/") || e.isDirectory()) {
                    continue; // never write outside the target folders
                }
                Path out = staging.resolve(name).normalize();
                if (!out.startsWith(staging)) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                copy(zip, out);
            }
        }
        if (!manifest || !Files.isDirectory(staging.resolve(DATABASE_ENTRY))) {
            throw new IllegalArgumentException(backup + " 不是 Gongkai 的备份文件");
        }
        List<Path> dbFiles;
        try (Stream<Path> s = Files.list(staging.resolve(DATABASE_ENTRY))) {
            dbFiles = s.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
        }
        if (dbFiles.size() != 1) {
            throw new IllegalArgumentException(backup + " 中没有数据库文件");
        }
        Files.createDirectories(dataDir);
        Files.move(dbFiles.getFirst(), dataDir.resolve(databaseName + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        if (Files.isRegularFile(staging.resolve(H2Password.FILE))) {
            H2Password.write(dataDir.resolve(H2Password.FILE), Files.readString(staging.resolve(H2Password.FILE)).strip());
        }
        deleteTree(filesRoot);
        if (Files.isDirectory(staging.resolve(FILES_ENTRY))) {
            Files.createDirectories(filesRoot.getParent() == null ? Path.of(".") : filesRoot.toAbsolutePath().getParent());
            Files.move(staging.resolve(FILES_ENTRY), filesRoot, StandardCopyOption.REPLACE_EXISTING);
        }
        deleteTree(searchDir);
        deleteTree(staging);
    }

    private static void copy(InputStream in, Path out) throws IOException {
        try (OutputStream o = Files.newOutputStream(out)) {
            in.transferTo(o);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
