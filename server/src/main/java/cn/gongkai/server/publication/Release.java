package cn.gongkai.server.publication;

import java.time.LocalDate;

/**
 * A published version of an item, as the public sees it. {@code publishedOn} is the item's first
 * publication (发布日期); {@code versionPublishedOn} is when this version was published (更正日期); {@code correctionNote} is its 更正说明 (a corrected version only).
 */
public record Release(long itemId, long organId, int version, String indexNumber, ItemContent content,
        LocalDate publishedOn, LocalDate versionPublishedOn, @org.jspecify.annotations.Nullable String correctionNote) {

    public boolean corrected() {
        return version > 1;
    }
}
