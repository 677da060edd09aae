package cn.gongkai.report.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes of the font files PDFs embed, kept in memory so that a render parses them from memory
 * instead of reading a 17–21 MB collection from disk each time. Bounded by total size: the least
 * recently used file leaves when a new one would pass the bound, and a file larger than the bound is
 * never kept (read from disk every time). A file changed on disk (size or modification time) is read again.
 */
final class FontCache {

    private record Key(Path path, long size, long modified) {
    }

    private final long maxBytes;
    private final Map<Key, byte[]> files = new LinkedHashMap<>(4, 0.75f, true);
    private long held;
    private final AtomicInteger reads = new AtomicInteger();

    FontCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file's bytes, from memory when held. */
    byte[] bytes(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        Key key = new Key(path.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
        synchronized (this) {
            byte[] held = files.get(key);
            if (held != null) {
                return held;
            }
        }
        byte[] read = Files.readAllBytes(path);
        reads.incrementAndGet();
        if (read.length <= maxBytes) {
            keep(key, read);
        }
        return read;
    }

    private synchronized void keep(Key key, byte[] content) {
        if (files.containsKey(key)) {
            return;
        }
        files.keySet().removeIf(k -> k.path().equals(key.path()) && dropped(k)); // an older version of the file
        Iterator<Map.Entry<Key, byte[]>> eldest = files.entrySet().iterator();
        while (held + content.length > maxBytes && eldest.hasNext()) {
            held -= eldest.next().getValue().length;
            eldest.remove();
        }
        files.put(key, content);
        held += content.length;
    }

    private boolean dropped(Key k) {
        held -= files.get(k).length;
        return true;
    }

    /** How many times a file was read from disk (for the test of the cache). */
    int reads() {
        return reads.get();
    }

    synchronized long heldBytes() {
        return held;
    }
}
