package cn.gongkai.server.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded H2 database's password: generated once, kept in {@value #FILE} beside the database, readable by
 * its owner only, never the empty password (issue 11: AUTO_SERVER opened a port with an empty password). A new
 * database is created with it; an existing one from before (empty password) gets it set once, then the empty
 * password is refused. Used by the server and the CLI ({@link H2PasswordEnvironment}) and by backup.
 */
public final class H2Password {

    public static final String FILE = "h2-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private H2Password() {
    }

    /** The password file of an embedded H2 file database URL, or null when the URL is none (PostgreSQL, memory). */
    public static Path fileFor(String url) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return null;
        }
        Path folder = DataDirectories.h2Folder(url);
        return folder == null ? null : folder.resolve(FILE);
    }

    /**
     * The password for {@code url}: read from its file, or generated, set on an existing database that still has
     * the empty password, and written (owner-only) before it is used.
     */
    public static synchronized String ensure(String url, String user) {
        Path file = fileFor(url);
        if (file == null) {
            throw new IllegalArgumentException("not an embedded H2 file database");
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            if (Files.exists(databaseFile(url))) {
                setOnExisting(url, user, password);
            }
            Files.createDirectories(file.getParent());
            write(file, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读写内置数据库的密码文件 " + file + "：" + e.getMessage(), e);
        }
    }

    /** Writes the password file with owner-only permissions from the start (never world-readable for a moment). */
    public static void write(Path file, String password) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // a restore replaces it; its permissions are set below
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** A database made before passwords were generated: opened with the empty password once and given one. */
    private static void setOnExisting(String url, String user, String password) throws IOException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"") + "\" SET PASSWORD '"
                    + password + "'");
        } catch (SQLException e) {
            throw new IOException("内置数据库已有密码，但找不到密码文件（从别处复制的数据目录？请把原目录的 " + FILE
                    + " 一并复制）：" + e.getMessage(), e);
        }
    }

    private static Path databaseFile(String url) {
        String name = url.substring("jdbc:h2:file:".length());
        int options = name.indexOf(';');
        return Path.of((options >= 0 ? name.substring(0, options) : name) + ".mv.db");
    }
}
