package cn.gongkai.server.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the ledger keeps what must not be in the database: the generated key (outside production) and
 * the checkpoint file. {@code gongkai.ledger.directory}, by default the data directory.
 */
@Component
class LedgerFiles {

    private final Path directory;
    private final Path checkpoints;

    LedgerFiles(@Value("${gongkai.ledger.directory:./data}") Path directory,
            @Value("${gongkai.ledger.checkpoint-per-database:false}") boolean perDatabase,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.directory = directory.toAbsolutePath().normalize();
        // Tests run many databases in one JVM: each then needs its own checkpoint file.
        this.checkpoints = this.directory.resolve(perDatabase ? "ledger-checkpoints-" + shortHash(databaseUrl) + ".log"
                : "ledger-checkpoints.log");
    }

    Path directory() {
        return directory;
    }

    Path checkpoints() {
        return checkpoints;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
