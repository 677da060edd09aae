package cn.gongkai.server.checker;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** A batch check in progress or done: how far it is, and a row per file checked so far. */
public final class BatchJob {

    /** One file's result; {@code run} is the id of its JSON (as for a single check). */
    public record Row(int index, String fileName, @Nullable String organ, @Nullable Integer year, long errors, long warnings,
            UUID run) {
    }

    final UUID id = UUID.randomUUID();
    final String owner;
    final int total;
    final Instant started = Instant.now();
    final AtomicInteger done = new AtomicInteger();
    final List<Row> rows = new CopyOnWriteArrayList<>();

    BatchJob(String owner, int total) {
        this.owner = owner;
        this.total = total;
    }

    public int getTotal() {
        return total;
    }

    public boolean isFinished() {
        return done.get() >= total;
    }

    public UUID getId() {
        return id;
    }

    /** The rows in the order asked: by file name (default), errors, warnings or organ. */
    List<Row> sorted(String by) {
        Comparator<Row> order = switch (by) {
            case "errors" -> Comparator.comparingLong(Row::errors).reversed().thenComparing(Row::fileName);
            case "warnings" -> Comparator.comparingLong(Row::warnings).reversed().thenComparing(Row::fileName);
            case "organ" -> Comparator.comparing((Row r) -> r.organ() == null ? "" : r.organ()).thenComparing(Row::fileName);
            default -> Comparator.comparing(Row::fileName);
        };
        return rows.stream().sorted(order).toList();
    }
}
