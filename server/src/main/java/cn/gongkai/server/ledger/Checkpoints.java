package cn.gongkai.server.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ledger's head, anchored outside the database: an append-only file, one line per checkpoint —
 * {@code seq <TAB> entry hash <TAB> time <TAB> MAC} — where the MAC (HMAC-SHA-256 under the ledger key)
 * covers the line and the previous line's MAC. Someone who can change the database cannot delete the
 * newest entries unnoticed (the file names a later head), nor forge a line (no key), nor drop a line
 * from the middle (the next line's MAC chains over it).
 *
 * <p>Written after every committed append, and fsync'd: the database and the file then disagree only
 * for the appends of a crash's last moment, which verification reports as not yet anchored rather than
 * as tampering. Appends that commit together share one write (a later head covers the earlier ones).
 */
@Component
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
    static final String FIRST_PREV = "0".repeat(64);

    /** One parsed line; {@code lineNumber} counts from 1. */
    record Line(int lineNumber, long seq, String entryHash, String at, String mac, boolean valid) {
    }

    /** One writer at a time in this JVM (a file lock is per process; two Spring contexts of a test run share the JVM). */
    private static final Object WRITING = new Object();

    private final Path file;
    private final LedgerKey key;

    Checkpoints(LedgerFiles files, LedgerKey key) {
        this.file = files.checkpoints();
        this.key = key;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * Anchors the head {@code seq}; does nothing when a later head is already anchored. The previous line
     * is read back from the file itself, under a file lock, so that every writer (another instance on the
     * same database, a restart) continues one chain.
     */
    void write(long seq, String entryHash) {
        synchronized (WRITING) {
            append(seq, entryHash);
        }
    }

    private void append(long seq, String entryHash) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
                String[] last = lastLine(ch);
                long lastSeq = last == null ? 0 : Long.parseLong(last[0]);
                if (seq <= lastSeq) {
                    return;
                }
                String at = Instant.now().toString();
                String mac = mac(last == null ? FIRST_PREV : last[3], seq, entryHash, at);
                ByteBuffer bytes = ByteBuffer.wrap((seq + "\t" + entryHash + "\t" + at + "\t" + mac + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                long at0 = ch.size();
                while (bytes.hasRemaining()) {
                    at0 += ch.write(bytes, at0);
                }
                ch.force(false);
            }
        } catch (IOException | RuntimeException e) {
            // The entry itself is committed; the next append or the shutdown anchors it with a later head.
            log.error("台账检查点未能写入 {}：{}", file, e.getMessage());
        }
    }

    /** The fields of the file's last line, or null for an empty file. Lines are short (under 200 bytes). */
    private static String @Nullable [] lastLine(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return null;
        }
        int n = (int) Math.min(size, 1024);
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining() && ch.read(buf, size - n + buf.position()) > 0) {
            // reads the tail
        }
        String tail = new String(buf.array(), StandardCharsets.US_ASCII).stripTrailing();
        String line = tail.substring(tail.lastIndexOf('\n') + 1);
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalStateException("检查点文件最后一行格式不对");
        }
        return f;
    }

    /** Every line, each with whether its MAC (chained to the line before) is right. */
    List<Line> read() {
        List<Line> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        String prev = FIRST_PREV;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String text;
            int n = 0;
            while ((text = in.readLine()) != null) {
                n++;
                Line l = parse(n, text, prev);
                lines.add(l);
                prev = l.mac();
            }
        } catch (java.nio.charset.MalformedInputException e) {
            lines.add(new Line(lines.size() + 1, -1, "", "", "", false));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取台账检查点文件 " + file, e);
        }
        return lines;
    }

    private Line parse(int n, String text, String prev) {
        String[] f = text.split("\t", -1);
        if (f.length != 4) {
            return new Line(n, -1, "", "", text, false);
        }
        long seq;
        try {
            seq = Long.parseLong(f[0]);
        } catch (NumberFormatException e) {
            return new Line(n, -1, f[1], f[2], f[3], false);
        }
        return new Line(n, seq, f[1], f[2], f[3], mac(prev, seq, f[1], f[2]).equals(f[3]));
    }

    private String mac(@Nullable String prev, long seq, String entryHash, String at) {
        return LedgerKey.hmac(key.key(), "gongkai-ledger-checkpoint;" + prev + ";" + seq + ";" + entryHash + ";" + at);
    }
}
