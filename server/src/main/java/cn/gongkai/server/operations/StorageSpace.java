package cn.gongkai.server.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Free space of the data directories against {@code gongkai.storage.min-free-space} (default 200 MB: a
 * database checkpoint, an uploaded attachment and the search index's merge need room before the disk is
 * actually full, and H2 closes the database on the first failed write). Measured at most once a second, so
 * the write guard costs one clock read per request.
 */
@Component
public class StorageSpace {

    /** One data directory's state. */
    public record Directory(String name, Path path, long freeBytes, boolean writable) {
    }

    /** All data directories, and which of them are short (under the minimum or not writable). */
    public record Report(long minFreeBytes, List<Directory> directories, List<Directory> shortOf) {
        public boolean ok() {
            return shortOf.isEmpty();
        }
    }

    private final DataDirectories directories;
    private final long minFree;
    private final Clock clock;
    private volatile Report last;
    private volatile long measuredAt = Long.MIN_VALUE;

    StorageSpace(DataDirectories directories, @Value("${gongkai.storage.min-free-space:200MB}") DataSize minFree,
            Clock clock) {
        this.directories = directories;
        this.minFree = minFree.toBytes();
        this.clock = clock;
    }

    /** The state of at most a second ago. */
    public Report report() {
        long now = clock.millis();
        Report r = last;
        if (r == null || now - measuredAt >= 1000 || now < measuredAt) {
            r = measure();
            last = r;
            measuredAt = now;
        }
        return r;
    }

    private Report measure() {
        List<Directory> all = new ArrayList<>();
        List<Directory> shortOnes = new ArrayList<>();
        for (Map.Entry<String, Path> e : directories.all().entrySet()) {
            Path existing = nearestExisting(e.getValue().toAbsolutePath().normalize());
            long free;
            try {
                free = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
            } catch (IOException unreadable) {
                free = 0;
            }
            boolean writable = existing != null && Files.isWritable(existing);
            Directory d = new Directory(e.getKey(), e.getValue().toAbsolutePath().normalize(), free, writable);
            all.add(d);
            if (free < minFree || !writable) {
                shortOnes.add(d);
            }
        }
        return new Report(minFree, List.copyOf(all), List.copyOf(shortOnes));
    }

    /** The folder itself or, before first use, the nearest parent that exists (where it will be made). */
    private static Path nearestExisting(Path p) {
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                return q;
            }
        }
        return null;
    }
}
