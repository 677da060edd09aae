package cn.gongkai.server.operations;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the platform keeps its data, by name: the embedded database's folder (from the H2 file URL; none for
 * PostgreSQL or an in-memory database), the published files, the embedded search index and the ledger's
 * checkpoint. These — not the working directory Spring Boot's own disk check watches — are what a full disk
 * stops (issue 11: H2 closed the database while /actuator/health said UP).
 */
@Component
public class DataDirectories {

    private final Map<String, Path> directories = new LinkedHashMap<>();

    DataDirectories(@Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${gongkai.files.root:./data/files}") Path files,
            @Value("${gongkai.search.directory:./data/search}") String search,
            @Value("${gongkai.ledger.directory:./data}") Path ledger) {
        Path database = h2Folder(databaseUrl);
        if (database != null) {
            directories.put("database", database);
        }
        directories.put("files", files);
        if (!"memory".equals(search)) {
            directories.put("search", Path.of(search));
        }
        directories.put("ledger", ledger);
    }

    /** Name → folder, in a fixed order. */
    public Map<String, Path> all() {
        return java.util.Collections.unmodifiableMap(directories);
    }

    /** The folder of an embedded H2 file database ({@code jdbc:h2:file:./data/gongkai;…} → ./data), else null. */
    static Path h2Folder(String url) {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            return null;
        }
        String name = url.substring("jdbc:h2:".length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        int scheme = name.lastIndexOf(':');
        if (scheme >= 0 && !(scheme == 1 && Character.isLetter(name.charAt(0)))) { // file:, nio:…, not C:
            name = name.substring(scheme + 1);
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path parent = Path.of(name).toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
