package cn.gongkai.server.publication;

import org.jspecify.annotations.Nullable;

/**
 * What a portal list shows: optional filters by kind, year of publication and topic, and a page
 * (1-based, {@link #PAGE_SIZE} items each).
 */
public record PortalQuery(@Nullable ItemKind kind, @Nullable Integer year, @Nullable String topic, int page) {

    public static final int PAGE_SIZE = 20;

    public PortalQuery {
        page = Math.max(1, Math.min(page, 10_000));
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        if (year != null && (year < 1990 || year > 2200)) {
            year = null;
        }
    }

    public static PortalQuery first() {
        return new PortalQuery(null, null, null, 1);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
